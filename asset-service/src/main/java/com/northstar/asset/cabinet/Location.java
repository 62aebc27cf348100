package com.northstar.asset.cabinet;

import com.northstar.platform.core.error.ApiException;
import java.math.BigDecimal;

/**
 * A cabinet's location as {@code assetTankUpdate} gives it: coordinates as the seed's decimal strings, checked to be
 * numbers on the globe, and the address.
 */
record Location(String latitude, String longitude, String address) {

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    static Location of(TankUpdateRequest request) {
        return new Location(coordinate("latitude", request.latitude(), MAX_LATITUDE),
                coordinate("longitude", request.longitude(), MAX_LONGITUDE), request.address().trim());
    }

    private static String coordinate(String field, String value, BigDecimal limit) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("field " + field + " must be a decimal number");
        }
        if (number.abs().compareTo(limit) > 0) {
            throw ApiException.badRequest("field " + field + " must be between -" + limit + " and " + limit);
        }
        return value.trim();
    }
}

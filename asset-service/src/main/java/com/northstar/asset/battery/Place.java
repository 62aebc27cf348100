package com.northstar.asset.battery;

/**
 * Where a battery is: a cabinet slot, a user, or nowhere known ({@link #NOWHERE}).
 *
 * @param cabinetCode the cabinet, with {@code gridPos} its slot
 * @param userId      the user holding it
 */
public record Place(String cabinetCode, Integer gridPos, String userId) {

    public static final Place NOWHERE = new Place(null, null, null);

    public static Place slot(String cabinetCode, Integer gridPos) {
        return new Place(cabinetCode, gridPos, null);
    }

    public static Place user(String userId) {
        return new Place(null, null, userId);
    }
}

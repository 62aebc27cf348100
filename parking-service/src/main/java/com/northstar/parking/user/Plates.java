package com.northstar.parking.user;

import com.northstar.platform.core.error.ApiException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chinese plates: a province character, the issuing letter (not I or O), then five characters (京A12345), or eight
 * characters for new-energy vehicles (京AD12345 small, 京A12345D large).
 */
final class Plates {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final Pattern PLATE = Pattern.compile("[" + PROVINCES + "][A-HJ-NP-Z]"
            + "(?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警]|[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF])");

    /** The app's channel: plates added through the API; only these may be deleted. */
    static final String APP_CHANNEL = "9";

    private Plates() {
    }

    static boolean isValid(String plate) {
        return plate != null && PLATE.matcher(plate).matches();
    }

    /** The distinct plates of a comma-separated list; 400 naming the field when one is malformed or none is given. */
    static List<String> parse(String field, String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            throw ApiException.badRequest("missing required field " + field);
        }
        List<String> plates = List.copyOf(new LinkedHashSet<>(Arrays.stream(commaSeparated.split("[,，]"))
                .map(String::trim).filter(plate -> !plate.isEmpty()).map(String::toUpperCase).toList()));
        if (plates.isEmpty()) {
            throw ApiException.badRequest("missing required field " + field);
        }
        for (String plate : plates) {
            if (!isValid(plate)) {
                throw ApiException.badRequest("field " + field + " has an invalid plate: " + plate);
            }
        }
        return plates;
    }
}

package com.northstar.parking.support;

import com.northstar.platform.core.error.ApiException;

/** Required request fields: a missing or blank one is a 400 naming it. */
public final class Fields {

    private Fields() {
    }

    public static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing required field " + field);
        }
    }
}

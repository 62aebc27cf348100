package com.northstar.parking.support;

import java.util.UUID;

/** The seed's ids: 32 lower-case hex characters. */
public final class Ids {

    private Ids() {
    }

    public static String next() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}

package com.northstar.platform.core.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one rule for request ids, shared by the gateway and the services so an id accepted at the edge is kept all
 * the way: a client's own id is kept when it looks like an id, anything else is replaced by a new UUID (so a
 * client cannot inject text into logs).
 */
public final class RequestIds {

    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** The presented id when it is sane, else a new one. */
    public static String keepOrCreate(String presented) {
        return presented != null && SANE_ID.matcher(presented).matches() ? presented : UUID.randomUUID().toString();
    }
}

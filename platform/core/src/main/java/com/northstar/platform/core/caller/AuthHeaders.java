package com.northstar.platform.core.caller;

import java.util.List;

/**
 * The trusted headers the gateway sets from what it verified. The gateway strips every client-sent header with
 * the {@link #PREFIX} before setting them, so a service can trust them (services accept traffic only from the
 * gateway's network).
 */
public final class AuthHeaders {

    public static final String PREFIX = "X-Auth-";
    public static final String SUBJECT = "X-Auth-Subject";
    public static final String ROLES = "X-Auth-Roles";
    public static final String MERCHANT_IDS = "X-Auth-Merchant-Ids";
    public static final String TENANT_ID = "X-Auth-Tenant-Id";
    public static final String SHOP_IDS = "X-Auth-Shop-Ids";
    public static final String APP_KEY = "X-Auth-App-Key";

    /** Every request and response carries one; the gateway makes it when the client sent none. */
    public static final String REQUEST_ID = "X-Request-Id";

    public static final List<String> ALL = List.of(SUBJECT, ROLES, MERCHANT_IDS, TENANT_ID, SHOP_IDS, APP_KEY);

    private AuthHeaders() {
    }
}

package com.northstar.bench;

import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.caller.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A caller as the service sees it behind the gateway: the trusted {@code X-Auth-*} headers the gateway sets from a
 * verified token or signature.
 *
 * @param label what the results table calls it
 */
record BenchCaller(String label, Map<String, String> headers) {

    /** A person of the operations back office (JWT with role OPS). */
    static BenchCaller ops() {
        return new BenchCaller("OPS", headers("bench-ops", Role.OPS));
    }

    /** Weichuang calling with its HMAC key: sees every merchant's orders. */
    static BenchCaller partner() {
        Map<String, String> headers = headers("weichuang-local", Role.PARTNER);
        headers.put(AuthHeaders.APP_KEY, "weichuang-local");
        return new BenchCaller("PARTNER", Map.copyOf(headers));
    }

    /** A person of one merchant's back office: sees only that merchant's orders and cabinets. */
    static BenchCaller merchant(String merchantCode) {
        Map<String, String> headers = headers("bench-merchant", Role.MERCHANT);
        headers.put(AuthHeaders.MERCHANT_IDS, merchantCode);
        return new BenchCaller("MERCHANT " + merchantCode, Map.copyOf(headers));
    }

    private static Map<String, String> headers(String subject, Role role) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(AuthHeaders.SUBJECT, subject);
        headers.put(AuthHeaders.ROLES, role.name());
        return headers;
    }
}

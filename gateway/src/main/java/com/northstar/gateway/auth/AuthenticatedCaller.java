package com.northstar.gateway.auth;

import com.northstar.gateway.routing.RouteAccess;
import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.caller.Caller;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * What the gateway verified about a request's sender.
 *
 * @param caller   the identity passed on to the services as trusted headers
 * @param appKey   the app key of a signed (HMAC) caller, null for a person with a JWT
 * @param routeIds the routes a signed caller's key may call; unused for people, whose roles decide
 */
public record AuthenticatedCaller(Caller caller, String appKey, Set<String> routeIds) {

    public AuthenticatedCaller {
        routeIds = Set.copyOf(routeIds);
    }

    public static AuthenticatedCaller person(Caller caller) {
        return new AuthenticatedCaller(caller, null, Set.of());
    }

    public static AuthenticatedCaller signed(Caller caller, String appKey, Set<String> routeIds) {
        return new AuthenticatedCaller(caller, appKey, routeIds);
    }

    /** A person needs one of the route's roles; a signed caller needs its kind allowed and the route on its key. */
    public boolean mayCall(RouteAccess route) {
        boolean roleAllowed = caller.roles().stream().anyMatch(route.callers()::contains);
        return appKey == null ? roleAllowed : roleAllowed && routeIds.contains(route.routeId());
    }

    /** The key the rate limiter counts this caller's requests under. */
    public String rateLimitKey() {
        return appKey == null ? "sub:" + caller.subject() : "app:" + appKey;
    }

    /** Sets the trusted headers; the caller has already removed every client-sent one. */
    public void writeTo(HttpHeaders headers) {
        headers.set(AuthHeaders.SUBJECT, caller.subject());
        headers.set(AuthHeaders.ROLES, String.join(",", caller.roles().stream().map(Enum::name).sorted().toList()));
        setIfPresent(headers, AuthHeaders.MERCHANT_IDS, Caller.join(caller.merchantIds()));
        setIfPresent(headers, AuthHeaders.TENANT_ID, caller.tenantId());
        setIfPresent(headers, AuthHeaders.SHOP_IDS, Caller.join(caller.shopIds()));
        setIfPresent(headers, AuthHeaders.APP_KEY, appKey);
    }

    private static void setIfPresent(HttpHeaders headers, String name, String value) {
        if (value != null && !value.isEmpty()) {
            headers.set(name, value);
        }
    }
}

package com.northstar.gateway.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The {@link RouteAccess} of each route, read from its metadata once per route object: the route locator keeps
 * its routes until they are refreshed, so a request costs one map lookup, and a refreshed route is read again.
 */
@Component
public class RouteAccesses {

    private final Map<String, Parsed> byRouteId = new ConcurrentHashMap<>();
    private final long defaultMaxBodyBytes;

    RouteAccesses(RequestBodyProperties requestBody) {
        this.defaultMaxBodyBytes = requestBody.maxSize().toBytes();
    }

    /** The access of the route the request matched, or {@link RouteAccess#UNROUTED}. */
    public RouteAccess of(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? RouteAccess.UNROUTED : of(route);
    }

    /** @throws IllegalArgumentException when the route's metadata names an unknown seed or role, or a bad size */
    RouteAccess of(Route route) {
        Parsed parsed = byRouteId.get(route.getId());
        if (parsed == null || parsed.route() != route) {
            parsed = new Parsed(route, RouteAccess.of(route.getId(), route.getMetadata(), defaultMaxBodyBytes));
            byRouteId.put(route.getId(), parsed);
        }
        return parsed.access();
    }

    private record Parsed(Route route, RouteAccess access) {
    }
}

package com.northstar.gateway.routing;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who may use a route and in which seed's envelope its failures are written, read from the route's metadata
 * ({@code seed}, {@code callers} as a comma list of roles, {@code open: true} for routes without authentication),
 * so that adding a route is configuration only.
 */
public record RouteAccess(String routeId, Seed seed, Set<Role> callers, boolean open) {

    /** Paths no route matched: their failures use the KOP envelope. */
    public static final RouteAccess UNROUTED = new RouteAccess(null, Seed.KOP, Set.of(), false);

    public RouteAccess {
        callers = callers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(callers));
    }

    public static RouteAccess of(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? UNROUTED : of(route.getId(), route.getMetadata());
    }

    static RouteAccess of(String routeId, Map<String, Object> metadata) {
        Object seed = metadata.get("seed");
        Object callers = metadata.get("callers");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (callers != null) {
            Arrays.stream(callers.toString().split(","))
                    .map(String::trim)
                    .filter(name -> !name.isEmpty())
                    .map(Role::valueOf)
                    .forEach(roles::add);
        }
        return new RouteAccess(routeId, seed == null ? Seed.KOP : Seed.valueOf(seed.toString().trim()), roles,
                Boolean.parseBoolean(String.valueOf(metadata.get("open"))));
    }
}

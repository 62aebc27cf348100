package com.northstar.gateway.routing;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.util.unit.DataSize;

/**
 * Who may use a route, how large a body it takes and in which seed's envelope its failures are written, read from
 * the route's metadata ({@code seed}, {@code callers} as a comma list of roles, {@code open: true} for routes
 * without authentication, {@code max-body-size} such as {@code 20MB}), so that adding a route is configuration only.
 *
 * @param maxBodyBytes the largest request body the route takes; larger ones are refused with 413
 */
public record RouteAccess(String routeId, Seed seed, Set<Role> callers, boolean open, long maxBodyBytes) {

    /** Paths no route matched: their failures use the KOP envelope. */
    public static final RouteAccess UNROUTED = new RouteAccess(null, Seed.KOP, Set.of(), false, 0);

    public RouteAccess {
        callers = callers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(callers));
    }

    static RouteAccess of(String routeId, Map<String, Object> metadata, long defaultMaxBodyBytes) {
        Object seed = metadata.get("seed");
        Object callers = metadata.get("callers");
        Object maxBodySize = metadata.get("max-body-size");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (callers != null) {
            Arrays.stream(callers.toString().split(","))
                    .map(String::trim)
                    .filter(name -> !name.isEmpty())
                    .map(Role::valueOf)
                    .forEach(roles::add);
        }
        if (roles.contains(Role.INTERNAL)) {
            throw new IllegalArgumentException("INTERNAL operations are service to service only and never routed");
        }
        long maxBodyBytes = maxBodySize == null ? defaultMaxBodyBytes
                : DataSize.parse(maxBodySize.toString().trim()).toBytes();
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("max-body-size must not be negative");
        }
        return new RouteAccess(routeId, seed == null ? Seed.KOP : Seed.valueOf(seed.toString().trim()), roles,
                Boolean.parseBoolean(String.valueOf(metadata.get("open"))), maxBodyBytes);
    }
}

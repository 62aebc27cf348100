package com.northstar.gateway.routing;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Refuses to start with a route whose metadata names an unknown seed, role or size, or that nobody may call. */
@Component
class RouteAccessCheck implements ApplicationListener<ApplicationReadyEvent> {

    private final RouteLocator routes;
    private final RouteAccesses accesses;

    RouteAccessCheck(RouteLocator routes, RouteAccesses accesses) {
        this.routes = routes;
        this.accesses = accesses;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        routes.getRoutes().toStream().forEach(route -> {
            RouteAccess access;
            try {
                access = accesses.of(route);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Route " + route.getId() + " has invalid metadata: " + e.getMessage(), e);
            }
            if (!access.open() && access.callers().isEmpty()) {
                throw new IllegalStateException("Route " + route.getId() + " is neither open nor lists its callers");
            }
        });
    }
}

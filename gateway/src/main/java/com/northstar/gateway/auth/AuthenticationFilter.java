package com.northstar.gateway.auth;

import com.northstar.gateway.auth.hmac.SignedRequestAuthenticator;
import com.northstar.gateway.auth.jwt.JwtAuthenticator;
import com.northstar.gateway.clientip.ClientAddresses;
import com.northstar.gateway.routing.RouteAccess;
import com.northstar.gateway.routing.RouteAccesses;
import com.northstar.gateway.support.GatewayRejection;
import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.hmac.HmacSignature;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Decides who sent a routed request and whether it may use the route: a request with {@code X-App-Key} is
 * checked as a signed (HMAC) request, its key's routes before its body is read; otherwise it needs a bearer JWT.
 * Client-sent {@code X-Auth-*} headers are always removed; the verified caller's are set in their place. Open routes
 * (API docs) need no credentials.
 */
@Component
public class AuthenticationFilter implements GlobalFilter, Ordered {

    /** Exchange attribute: the key the rate limiter counts this request under. */
    public static final String RATE_LIMIT_KEY_ATTR = AuthenticationFilter.class.getName() + ".rateLimitKey";

    /** Before every routing filter of Spring Cloud Gateway and before any route filter. */
    public static final int ORDER = -1000;

    private static final String BEARER = "bearer ";

    private final JwtAuthenticator jwt;
    private final SignedRequestAuthenticator signed;
    private final RouteAccesses routes;
    private final ClientAddresses clients;

    AuthenticationFilter(JwtAuthenticator jwt, SignedRequestAuthenticator signed, RouteAccesses routes,
            ClientAddresses clients) {
        this.jwt = jwt;
        this.signed = signed;
        this.routes = routes;
        this.clients = clients;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        RouteAccess route = routes.of(exchange);
        if (route.open()) {
            ServerWebExchange stripped = exchange.mutate()
                    .request(exchange.getRequest().mutate().headers(AuthenticationFilter::removeAuthHeaders).build())
                    .build();
            stripped.getAttributes().put(RATE_LIMIT_KEY_ATTR, "ip:" + clients.of(exchange).getHostAddress());
            return chain.filter(stripped);
        }
        // Verification reads no X-Auth-* header, so the client's are removed in the one copy that adds ours.
        return verify(exchange, route).flatMap(verified -> {
            AuthenticatedCaller caller = verified.caller();
            ServerHttpRequest forwarded = verified.request().mutate().headers(headers -> {
                removeAuthHeaders(headers);
                caller.writeTo(headers);
            }).build();
            ServerWebExchange authenticated = exchange.mutate().request(forwarded).build();
            authenticated.getAttributes().put(RATE_LIMIT_KEY_ATTR, caller.rateLimitKey());
            return chain.filter(authenticated);
        });
    }

    /** The verified caller, allowed on the route: a signed caller before its body is read, a person after. */
    private Mono<VerifiedRequest> verify(ServerWebExchange exchange, RouteAccess route) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getHeaders().containsHeader(HmacSignature.APP_KEY)) {
            return signed.authenticate(exchange, route);
        }
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Mono.error(GatewayRejection.unauthorized("authentication required"));
        }
        return jwt.authenticate(authorization.substring(BEARER.length()).trim())
                .flatMap(caller -> caller.mayCall(route) ? Mono.just(new VerifiedRequest(caller, request))
                        : Mono.error(GatewayRejection.forbidden("caller may not use this operation")));
    }

    private static void removeAuthHeaders(HttpHeaders headers) {
        String prefix = AuthHeaders.PREFIX;
        headers.headerNames().stream()
                .filter(name -> name.regionMatches(true, 0, prefix, 0, prefix.length()))
                .toList()
                .forEach(headers::remove);
    }
}

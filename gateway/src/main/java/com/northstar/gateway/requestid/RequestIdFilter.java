package com.northstar.gateway.requestid;

import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.core.requestid.RequestIds;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}, passed on to the service and returned to the client: the client's
 * own when it looks like an id, a new UUID otherwise ({@link RequestIds}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter implements WebFilter {

    /** Exchange attribute holding this request's id, for logs. */
    public static final String REQUEST_ID_ATTR = RequestIdFilter.class.getName() + ".requestId";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = requestIdOf(exchange.getRequest());
        exchange.getAttributes().put(REQUEST_ID_ATTR, requestId);
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(AuthHeaders.REQUEST_ID, requestId))
                .build();
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(AuthHeaders.REQUEST_ID, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }

    static String requestIdOf(ServerHttpRequest request) {
        return RequestIds.keepOrCreate(request.getHeaders().getFirst(AuthHeaders.REQUEST_ID));
    }
}

package com.northstar.gateway.ratelimit;

import com.northstar.gateway.auth.AuthenticationFilter;
import com.northstar.gateway.support.GatewayRejection;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Lets each caller through while its bucket has tokens; 429 in the route's envelope once it is empty. */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final TokenBuckets buckets;
    private final long retryAfterSeconds;

    RateLimitFilter(TokenBuckets buckets, RateLimitProperties properties) {
        this.buckets = buckets;
        this.retryAfterSeconds = properties.retryAfterSeconds();
    }

    @Override
    public int getOrder() {
        return AuthenticationFilter.ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String callerKey = exchange.getAttribute(AuthenticationFilter.RATE_LIMIT_KEY_ATTR);
        if (callerKey == null) {
            return Mono.error(new IllegalStateException("the caller was not identified before rate limiting"));
        }
        return buckets.tryTake(callerKey).flatMap(taken -> taken ? chain.filter(exchange)
                : Mono.error(GatewayRejection.tooManyRequests("too many requests, slow down", retryAfterSeconds)));
    }
}

package com.northstar.gateway.ratelimit;

import com.northstar.gateway.auth.AuthenticationFilter;
import com.northstar.gateway.clientip.ClientAddresses;
import com.northstar.gateway.support.GatewayRejection;
import java.net.InetAddress;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Makes floods of unauthenticated or badly signed requests cheap: every 401 takes a token from the client
 * address's bucket, and while it is empty every request from that address is a 429 before anything else is done
 * (no body read, no token decoded, no signature computed), good ones included, since they cannot be told apart
 * without that work.
 */
@Component
class AuthFailureGuard implements GlobalFilter, Ordered {

    /** First of the gateway's own filters: before the body limit and authentication. */
    static final int ORDER = AuthenticationFilter.ORDER - 10;

    private final AuthFailureBuckets failures;
    private final ClientAddresses clients;

    AuthFailureGuard(RateLimitProperties properties, ClientAddresses clients) {
        this.failures = new AuthFailureBuckets(properties.authFailures(), System::nanoTime);
        this.clients = clients;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        InetAddress client = clients.of(exchange);
        long refusedFor = failures.secondsRefused(client);
        if (refusedFor > 0) {
            return Mono.error(GatewayRejection.tooManyRequests(
                    "too many failed authentications from this address, retry later", refusedFor));
        }
        return chain.filter(exchange).doOnError(GatewayRejection.class, rejection -> {
            if (rejection.status() == HttpStatus.UNAUTHORIZED) {
                failures.recordFailure(client);
            }
        });
    }
}

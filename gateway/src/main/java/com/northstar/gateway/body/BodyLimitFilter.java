package com.northstar.gateway.body;

import com.northstar.gateway.auth.AuthenticationFilter;
import com.northstar.gateway.routing.RouteAccesses;
import com.northstar.gateway.support.GatewayRejection;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Caps request bodies at the route's limit (413 in the route's envelope). A declared {@code Content-Length} over
 * it is refused before authentication and before a byte of the body is read; a chunked body is counted as it
 * streams, whether to the signature check or on to the service, and cut off at the limit.
 */
@Component
class BodyLimitFilter implements GlobalFilter, Ordered {

    private final RouteAccesses routes;

    BodyLimitFilter(RouteAccesses routes) {
        this.routes = routes;
    }

    @Override
    public int getOrder() {
        return AuthenticationFilter.ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long maxBytes = routes.of(exchange).maxBodyBytes();
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return Mono.error(GatewayRejection.bodyTooLarge());
        }
        // With a Content-Length the server reads exactly that many bytes; only a chunked body can run on.
        if (declared >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new CountedBody(request, maxBytes)).build());
    }

    private static final class CountedBody extends ServerHttpRequestDecorator {

        private final long maxBytes;

        CountedBody(ServerHttpRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> {
                long[] seen = {0};
                return getDelegate().getBody().map(buffer -> {
                    seen[0] += buffer.readableByteCount();
                    if (seen[0] > maxBytes) {
                        DataBufferUtils.release(buffer);
                        throw GatewayRejection.bodyTooLarge();
                    }
                    return buffer;
                });
            });
        }
    }
}

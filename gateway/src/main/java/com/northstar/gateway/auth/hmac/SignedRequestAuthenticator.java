package com.northstar.gateway.auth.hmac;

import com.northstar.gateway.auth.VerifiedRequest;
import com.northstar.gateway.routing.RouteAccess;
import com.northstar.gateway.support.GatewayRejection;
import java.time.Clock;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Authenticates a signed request, cheapest check first: its headers and whether its key may call the route, and
 * only then its body (up to the route's limit) for the signature, and last its nonce. Hands on a request that
 * replays exactly the bytes read to the service.
 */
@Component
public class SignedRequestAuthenticator {

    private final HmacVerifier verifier;

    SignedRequestAuthenticator(HmacProperties properties, NonceStore nonces) {
        this.verifier = new HmacVerifier(properties, nonces, Clock.systemUTC());
    }

    public Mono<VerifiedRequest> authenticate(ServerWebExchange exchange, RouteAccess route) {
        ServerHttpRequest request = exchange.getRequest();
        HmacVerifier.SignedHeaders headers;
        try {
            headers = verifier.checkHeaders(request.getHeaders()::getFirst);
        } catch (GatewayRejection rejection) {
            return Mono.error(rejection);
        }
        if (!headers.claimedCaller().mayCall(route)) {
            return Mono.error(GatewayRejection.forbidden("caller may not use this operation"));
        }
        DataBufferFactory buffers = exchange.getResponse().bufferFactory();
        return DataBufferUtils.join(request.getBody(), (int) Math.min(route.maxBodyBytes(), Integer.MAX_VALUE))
                .map(SignedRequestAuthenticator::drain)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> verifier.verify(headers, request.getMethod().name(), request.getURI().getRawPath(),
                                body)
                        .map(caller -> new VerifiedRequest(caller, replaying(request, buffers, body))));
    }

    private static byte[] drain(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static ServerHttpRequest replaying(ServerHttpRequest request, DataBufferFactory buffers, byte[] body) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body.length == 0 ? Flux.empty()
                        : Flux.defer(() -> Flux.just(buffers.wrap(body)));
            }
        };
    }
}

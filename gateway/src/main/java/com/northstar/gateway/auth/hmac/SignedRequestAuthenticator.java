package com.northstar.gateway.auth.hmac;

import com.northstar.gateway.auth.VerifiedRequest;
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
 * Reads a signed request's body (up to the configured size) to check its signature, and hands on a request that
 * replays exactly those bytes to the service.
 */
@Component
public class SignedRequestAuthenticator {

    private final HmacVerifier verifier;
    private final int maxBodyBytes;

    SignedRequestAuthenticator(HmacProperties properties, NonceStore nonces) {
        this.verifier = new HmacVerifier(properties, nonces, Clock.systemUTC());
        this.maxBodyBytes = Math.toIntExact(properties.maxBodySize().toBytes());
    }

    public Mono<VerifiedRequest> authenticate(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        DataBufferFactory buffers = exchange.getResponse().bufferFactory();
        return DataBufferUtils.join(request.getBody(), maxBodyBytes)
                .map(SignedRequestAuthenticator::drain)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> verifier.verify(request.getMethod().name(), request.getURI().getRawPath(),
                                request.getHeaders()::getFirst, body)
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

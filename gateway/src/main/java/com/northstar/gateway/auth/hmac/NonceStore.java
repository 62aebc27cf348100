package com.northstar.gateway.auth.hmac;

import java.time.Duration;
import reactor.core.publisher.Mono;

/** Remembers the nonces of signed requests so that a captured request cannot be replayed. */
public interface NonceStore {

    /** True when the nonce was not seen for this key within {@code ttl}; it is then remembered for {@code ttl}. */
    Mono<Boolean> claim(String appKey, String nonce, Duration ttl);
}

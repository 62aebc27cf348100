package com.northstar.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** The token buckets of all callers. */
interface TokenBuckets {

    /** Takes one token from the caller's bucket; false when it is empty. */
    Mono<Boolean> tryTake(String callerKey);
}

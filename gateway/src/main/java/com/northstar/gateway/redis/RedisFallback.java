package com.northstar.gateway.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Keeps the gateway answering when Redis does not: a store call that fails goes to the store's in-memory
 * counterpart instead, and for the retry interval every call does, without waiting for Redis; then Redis is asked
 * again and used as soon as it answers. An outage is logged once when it starts and once when it ends. Metrics:
 * {@code gateway.redis.fallback} (calls answered from memory, by store) and {@code gateway.redis.degraded} (1
 * during an outage).
 */
public class RedisFallback {

    private static final Logger log = LoggerFactory.getLogger(RedisFallback.class);

    private final AtomicBoolean degraded = new AtomicBoolean();
    private final Map<String, Counter> fallbacksByStore = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final long retryNanos;
    private volatile long retryAt;

    public RedisFallback(GatewayRedisProperties properties, MeterRegistry meters) {
        this.meters = meters;
        this.retryNanos = properties.retryInterval().toNanos();
        meters.gauge("gateway.redis.degraded", degraded, state -> state.get() ? 1 : 0);
    }

    /**
     * @param store    the store's name in the metric
     * @param onRedis  the call to Redis
     * @param inMemory the same call to this instance's memory
     */
    public <T> Mono<T> call(String store, Supplier<Mono<T>> onRedis, Supplier<Mono<T>> inMemory) {
        if (!degraded.get()) {
            return Mono.defer(onRedis).onErrorResume(e -> fallBack(store, e, inMemory));
        }
        if (System.nanoTime() - retryAt < 0) {
            return fromMemory(store, inMemory);
        }
        return Mono.defer(onRedis)
                .doOnSuccess(answer -> recovered())
                .onErrorResume(e -> fallBack(store, e, inMemory));
    }

    private <T> Mono<T> fallBack(String store, Throwable error, Supplier<Mono<T>> inMemory) {
        retryAt = System.nanoTime() + retryNanos;
        if (degraded.compareAndSet(false, true)) {
            log.warn("Redis is unreachable ({}): nonces and rate limits are kept in this instance's memory until it"
                    + " answers again", error.toString());
        }
        return fromMemory(store, inMemory);
    }

    private <T> Mono<T> fromMemory(String store, Supplier<Mono<T>> inMemory) {
        fallbacksByStore.computeIfAbsent(store,
                name -> Counter.builder("gateway.redis.fallback").tag("store", name).register(meters)).increment();
        return inMemory.get();
    }

    private void recovered() {
        if (degraded.compareAndSet(true, false)) {
            log.info("Redis answers again: nonces and rate limits are shared through it");
        }
    }
}

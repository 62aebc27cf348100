package com.northstar.partner.weichuang;

import com.northstar.partner.weichuang.WeichuangProperties.Resilience;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * One time limiter, circuit breaker, bulkhead and retry per Weichuang operation, all from
 * {@code weichuang.resilience}: a sick operation (say refunds) opens its own breaker without cutting off the
 * lookups. Only an unknown outcome ({@link WeichuangUnavailableException}) counts against the breaker and is
 * retried; a refusal is Weichuang working as it should.
 */
@Component
public class WeichuangResilience {

    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final RetryRegistry retries;
    private final TimeLimiterConfig timeLimit;

    WeichuangResilience(WeichuangProperties properties, MeterRegistry meters) {
        Resilience numbers = properties.resilience();
        breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(numbers.slidingWindowSize())
                .minimumNumberOfCalls(numbers.minimumCalls())
                .failureRateThreshold(numbers.failureRateThreshold())
                .slowCallDurationThreshold(numbers.slowCallThreshold())
                .slowCallRateThreshold(numbers.slowCallRateThreshold())
                .waitDurationInOpenState(numbers.openDuration())
                .permittedNumberOfCallsInHalfOpenState(numbers.halfOpenCalls())
                .recordException(WeichuangUnavailableException.class::isInstance)
                .ignoreExceptions(BulkheadFullException.class)
                .build());
        bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(numbers.maxConcurrentCalls())
                .maxWaitDuration(numbers.maxWaitForSlot())
                .build());
        retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(numbers.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(numbers.initialBackoff(),
                        numbers.backoffMultiplier(), numbers.jitter(), numbers.maxBackoff()))
                .retryOnException(WeichuangUnavailableException.class::isInstance)
                .failAfterMaxAttempts(false)
                .build());
        timeLimit = TimeLimiterConfig.custom().timeoutDuration(numbers.timeLimit()).cancelRunningFuture(true).build();
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        // Every operation's breaker and bulkhead exist from the start, so their state is exported (and alerted on)
        // before the first call, not only once an operation has been used.
        for (WeichuangOperation operation : WeichuangOperation.values()) {
            breaker(operation);
            bulkhead(operation);
        }
    }

    public CircuitBreaker breaker(WeichuangOperation operation) {
        return breakers.circuitBreaker(operation.name());
    }

    Bulkhead bulkhead(WeichuangOperation operation) {
        return bulkheads.bulkhead(operation.name());
    }

    Retry retry(WeichuangOperation operation) {
        return retries.retry(operation.name());
    }

    TimeLimiter timeLimiter(WeichuangOperation operation) {
        return TimeLimiter.of(operation.name(), timeLimit);
    }
}

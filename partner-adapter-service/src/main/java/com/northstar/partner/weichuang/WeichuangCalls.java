package com.northstar.partner.weichuang;

import com.northstar.partner.weichuang.CallLog.Outcome;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.service.web.RequestIdFilter;
import com.northstar.platform.tracing.TraceContexts;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The only way the suite calls Weichuang: each call runs under its operation's retry (exponential backoff with
 * jitter, for unknown outcomes only), circuit breaker, bulkhead and time limit, and every HTTP attempt is written
 * to the {@link CallLog} and counted in {@code partner.weichuang.calls{operation,outcome}}.
 *
 * <p>A call ends in its data, a {@link WeichuangRefusedException} (definite: Weichuang did not do it) or a
 * {@link WeichuangUnavailableException} (unknown: it may or may not have).
 */
@Component
public class WeichuangCalls implements DisposableBean {

    /** {@code partner_weichuang_calls_total{operation,outcome}}: HTTP attempts, and calls not sent. */
    private static final String CALLS = "partner.weichuang.calls";
    private static final String OPERATION = "operation";
    private static final String OUTCOME = "outcome";
    private static final String BREAKER_OPEN = "BREAKER_OPEN";
    private static final String BULKHEAD_FULL = "BULKHEAD_FULL";

    private final WeichuangClient client;
    private final WeichuangResilience resilience;
    private final CallLog callLog;
    private final MeterRegistry meters;
    /** Runs the HTTP exchange so the time limiter can stop waiting for it; the bulkhead bounds how many run. */
    private final ExecutorService exchanges;
    /** {@link #exchanges} with the caller's span, so the request to Weichuang stays in the caller's trace. */
    private final Executor exchangesInTheCallersTrace;

    WeichuangCalls(WeichuangClient client, WeichuangResilience resilience, CallLog callLog, MeterRegistry meters,
            TraceContexts traces) {
        this.client = client;
        this.resilience = resilience;
        this.callLog = callLog;
        this.meters = meters;
        // Registered at start, so a rate over any of them is 0, not absent, before the first call.
        for (WeichuangOperation operation : WeichuangOperation.values()) {
            for (Outcome outcome : Outcome.values()) {
                meters.counter(CALLS, OPERATION, operation.name(), OUTCOME, outcome.name());
            }
            meters.counter(CALLS, OPERATION, operation.name(), OUTCOME, BREAKER_OPEN);
            meters.counter(CALLS, OPERATION, operation.name(), OUTCOME, BULKHEAD_FULL);
        }
        AtomicInteger threads = new AtomicInteger();
        this.exchanges = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "weichuang-call-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.exchangesInTheCallersTrace = traces.carryingCurrentSpan(exchanges);
    }

    /**
     * @param callId    the partner call this is for (its attempts are logged under it), or null for a lookup
     * @param request   the body, for the call log (masked there)
     * @return Weichuang's {@code data}
     */
    public <T> T call(WeichuangOperation operation, Long callId, Object request,
            Function<WeichuangClient, KopResponse<T>> exchange) {
        AtomicInteger attempt = new AtomicInteger();
        CircuitBreaker breaker = resilience.breaker(operation);
        Bulkhead bulkhead = resilience.bulkhead(operation);
        Retry retry = resilience.retry(operation);
        Supplier<T> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker,
                Bulkhead.decorateSupplier(bulkhead,
                        () -> attempt(operation, callId, request, exchange, attempt.incrementAndGet()))));
        try {
            return guarded.get();
        } catch (CallNotPermittedException open) {
            count(operation, BREAKER_OPEN);
            throw new WeichuangUnavailableException(null, operation + ": circuit breaker open", open);
        } catch (BulkheadFullException full) {
            count(operation, BULKHEAD_FULL);
            throw new WeichuangUnavailableException(null, operation + ": too many calls in flight", full);
        }
    }

    private <T> T attempt(WeichuangOperation operation, Long callId, Object request,
            Function<WeichuangClient, KopResponse<T>> exchange, int attempt) {
        String requestId = UUID.randomUUID().toString();
        long started = System.nanoTime();
        try {
            KopResponse<T> answer = resilience.timeLimiter(operation).executeFutureSupplier(
                    () -> CompletableFuture.supplyAsync(() -> exchange(requestId, exchange),
                            exchangesInTheCallersTrace));
            if (answer == null) {
                throw new WeichuangUnavailableException(200, "Weichuang answered without a body", null);
            }
            log(operation, callId, requestId, attempt, 200, Outcome.SUCCESS, started, request, null);
            return answer.data();
        } catch (Exception failure) {
            RuntimeException classified = classify(failure);
            if (classified instanceof WeichuangRefusedException refused) {
                log(operation, callId, requestId, attempt, refused.status(),
                        refused.alreadyProcessed() ? Outcome.ALREADY_PROCESSED : Outcome.REFUSED, started, request,
                        refused.reason());
            } else {
                WeichuangUnavailableException unavailable = (WeichuangUnavailableException) classified;
                log(operation, callId, requestId, attempt, unavailable.status(), Outcome.UNAVAILABLE, started,
                        request, unavailable.getMessage());
            }
            throw classified;
        }
    }

    private <T> KopResponse<T> exchange(String requestId, Function<WeichuangClient, KopResponse<T>> exchange) {
        // RequestIdPropagation sends it as X-Request-Id, so Weichuang's records and our call log match.
        MDC.put(RequestIdFilter.MDC_KEY, requestId);
        try {
            return exchange.apply(client);
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }

    /** Everything that is not a definite refusal is an unknown outcome. */
    private static RuntimeException classify(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof WeichuangRefusedException || cause instanceof WeichuangUnavailableException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof TimeoutException) {
            return new WeichuangUnavailableException(null, "no answer within the time limit", cause);
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new WeichuangUnavailableException(null, "no answer: " + root.getClass().getSimpleName() + ": "
                + root.getMessage(), cause);
    }

    private void log(WeichuangOperation operation, Long callId, String requestId, int attempt, Integer status,
            Outcome outcome, long started, Object request, String error) {
        long latencyMs = (System.nanoTime() - started) / 1_000_000;
        count(operation, outcome.name());
        callLog.record(operation, callId, requestId, attempt, status, outcome, latencyMs, request, error);
    }

    private void count(WeichuangOperation operation, String outcome) {
        meters.counter(CALLS, OPERATION, operation.name(), OUTCOME, outcome).increment();
    }

    @Override
    public void destroy() {
        exchanges.shutdownNow();
    }
}

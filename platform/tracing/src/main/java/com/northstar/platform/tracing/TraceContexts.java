package com.northstar.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * A trace carried across a hand-over that no instrumentation sees: work stored in a table and done later by another
 * thread (an outbox event published by the relay, a partner call delivered by the dispatcher), or work handed to a
 * thread pool. The trace context is
 * kept as its W3C {@code traceparent} text, the form Kafka headers and HTTP requests carry it in.
 */
public class TraceContexts {

    /** The W3C Trace Context header, in Kafka records as in HTTP requests. */
    public static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContexts(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** @return the current span's {@code traceparent}, or null outside any span (or when tracing is off) */
    public String currentTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * An executor whose tasks run in the span that was current when they were handed over, so that a call made on a
     * pool thread (to bound how long it is waited for, say) stays in its caller's trace.
     */
    public Executor carryingCurrentSpan(Executor executor) {
        return task -> {
            Span handedOverIn = tracer.currentSpan();
            executor.execute(() -> {
                try (Tracer.SpanInScope scope = tracer.withSpan(handedOverIn)) {
                    task.run();
                }
            });
        };
    }

    /**
     * Runs work in a new span that continues a stored trace: a child of the span that stored it, or the root of a
     * new trace when nothing was stored.
     */
    public void runContinuing(String traceparent, String spanName, Runnable work) {
        Map<String, String> carrier = traceparent == null ? Map.of() : Map.of(TRACEPARENT, traceparent);
        Span span = propagator.extract(carrier, Map::get).name(spanName).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            work.run();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}

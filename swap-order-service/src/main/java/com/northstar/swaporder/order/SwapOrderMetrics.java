package com.northstar.swaporder.order;

import com.northstar.platform.service.data.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code swap_orders_reported_total{state,outcome}}: cabinets' reports by the state reported and what the report did.
 * Every pair is registered at start, so a rate over it is 0, not absent, before the first report.
 */
@Component
class SwapOrderMetrics {

    /** What a report did to its order. */
    enum ReportOutcome {
        /** a new order */
        CREATED,
        /** a known order moved on to the reported state */
        MOVED_ON,
        /** the state the order is in, again: nothing changed */
        REPEATED,
        /** refused with 409 */
        CONFLICT
    }

    private final Map<OrderState, Map<ReportOutcome, Counter>> reported = new EnumMap<>(OrderState.class);

    SwapOrderMetrics(MeterRegistry meters) {
        for (OrderState state : OrderState.values()) {
            Map<ReportOutcome, Counter> byOutcome = new EnumMap<>(ReportOutcome.class);
            for (ReportOutcome outcome : ReportOutcome.values()) {
                byOutcome.put(outcome, Counter.builder("swap.orders.reported")
                        .description("cabinets' swap order reports by the state reported and what the report did")
                        .tag("state", state.name().toLowerCase(Locale.ROOT))
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .register(meters));
            }
            reported.put(state, byOutcome);
        }
    }

    /** Counted once the report's transaction commits; a conflict rolls it back, so it is counted at once. */
    void reported(OrderState state, ReportOutcome outcome) {
        Counter counter = reported.get(state).get(outcome);
        if (outcome == ReportOutcome.CONFLICT) {
            counter.increment();
        } else {
            AfterCommit.run(counter::increment);
        }
    }
}

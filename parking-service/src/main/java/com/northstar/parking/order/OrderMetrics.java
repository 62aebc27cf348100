package com.northstar.parking.order;

import com.northstar.platform.service.data.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renewal orders once their transaction commits: {@code parking_orders_total{stage}} and the money paid,
 * {@code parking_orders_paid_fen_total}. Registered at start, so a rate over them is 0, not absent, before the first
 * order.
 */
@Component
class OrderMetrics {

    enum Stage {
        CREATED,
        PAID,
        /** the provider reported a failed payment */
        PAYMENT_FAILED,
        /** a payment arrived for an order that could no longer take it: recorded for a refund */
        REFUND_APPLIED
    }

    private final Map<Stage, Counter> orders = new EnumMap<>(Stage.class);
    private final Counter paidFen;

    OrderMetrics(MeterRegistry meters) {
        for (Stage stage : Stage.values()) {
            orders.put(stage, Counter.builder("parking.orders").description("parking renewal orders by stage reached")
                    .tag("stage", stage.name().toLowerCase(Locale.ROOT)).register(meters));
        }
        paidFen = Counter.builder("parking.orders.paid.fen").description("money paid for parking renewal orders, in fen")
                .baseUnit("fen").register(meters);
    }

    void reached(Stage stage) {
        AfterCommit.run(orders.get(stage)::increment);
    }

    void paid(long amountFen) {
        reached(Stage.PAID);
        AfterCommit.run(() -> paidFen.increment(amountFen));
    }
}

package com.northstar.storedvalue.recharge;

import com.northstar.platform.service.data.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Recharges once their transaction commits: {@code stored_value_recharges_total} and the money credited,
 * {@code stored_value_recharges_fen_total{part}}, {@code paid} (what the customer paid) and {@code bonus} (given on
 * top). Registered at start, so a rate over them is 0, not absent, before the first recharge.
 */
@Component
class RechargeMetrics {

    private final Counter recharges;
    private final Counter paidFen;
    private final Counter bonusFen;

    RechargeMetrics(MeterRegistry meters) {
        recharges = Counter.builder("stored_value.recharges").description("recharges of stored-value cards")
                .register(meters);
        paidFen = fen(meters, "paid");
        bonusFen = fen(meters, "bonus");
    }

    private static Counter fen(MeterRegistry meters, String part) {
        return Counter.builder("stored_value.recharges.fen")
                .description("money credited by recharges, in fen: paid by the customer, or bonus on top")
                .baseUnit("fen").tag("part", part).register(meters);
    }

    /** Both amounts in yuan, scale 2 ({@code Money}). */
    void recharged(BigDecimal paid, BigDecimal bonus) {
        long paidAmount = paid.movePointRight(2).longValueExact();
        long bonusAmount = bonus.movePointRight(2).longValueExact();
        AfterCommit.run(() -> {
            recharges.increment();
            paidFen.increment(paidAmount);
            bonusFen.increment(bonusAmount);
        });
    }
}

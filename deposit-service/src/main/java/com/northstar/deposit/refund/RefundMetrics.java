package com.northstar.deposit.refund;

import com.northstar.deposit.deposit.DepositSource;
import com.northstar.platform.service.data.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Deposit refunds as operations follow them, counted once the step's transaction commits:
 * {@code deposit_refunds_total{stage,source}} (applied, requested: the merchant confirmed and the payout was asked
 * for, paid, failed) and {@code deposit_refunds_paid_fen_total{source}}, the money paid back. Every series is
 * registered at start, so a rate over it is 0, not absent, before the first refund.
 */
@Component
class RefundMetrics {

    enum Stage { APPLIED, REQUESTED, PAID, FAILED }

    private final Map<Stage, Map<DepositSource, Counter>> refunds = new EnumMap<>(Stage.class);
    private final Map<DepositSource, Counter> paidFen = new EnumMap<>(DepositSource.class);

    RefundMetrics(MeterRegistry meters) {
        for (Stage stage : Stage.values()) {
            Map<DepositSource, Counter> bySource = new EnumMap<>(DepositSource.class);
            for (DepositSource source : DepositSource.values()) {
                bySource.put(source, Counter.builder("deposit.refunds")
                        .description("deposit refunds reaching each stage, by where the deposit came from")
                        .tag("stage", label(stage)).tag("source", label(source)).register(meters));
            }
            refunds.put(stage, bySource);
        }
        for (DepositSource source : DepositSource.values()) {
            paidFen.put(source, Counter.builder("deposit.refunds.paid.fen")
                    .description("deposit money paid back, in fen").baseUnit("fen")
                    .tag("source", label(source)).register(meters));
        }
    }

    void reached(Stage stage, DepositSource source) {
        AfterCommit.run(refunds.get(stage).get(source)::increment);
    }

    void paid(DepositSource source, long amountFen) {
        reached(Stage.PAID, source);
        AfterCommit.run(() -> paidFen.get(source).increment(amountFen));
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

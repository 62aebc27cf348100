package com.northstar.storedvalue.payment;

import com.northstar.platform.service.data.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Card payments once their transaction commits: {@code stored_value_card_payments_total{kind}} and the money,
 * {@code stored_value_card_payments_fen_total{kind}}, kind {@code payment} or {@code reversal}. Registered at start,
 * so a rate over them is 0, not absent, before the first payment.
 */
@Component
class CardPaymentMetrics {

    enum Kind { PAYMENT, REVERSAL }

    private final Map<Kind, Counter> payments = new EnumMap<>(Kind.class);
    private final Map<Kind, Counter> fen = new EnumMap<>(Kind.class);

    CardPaymentMetrics(MeterRegistry meters) {
        for (Kind kind : Kind.values()) {
            String label = kind.name().toLowerCase(Locale.ROOT);
            payments.put(kind, Counter.builder("stored_value.card.payments")
                    .description("payments from stored-value cards, and their reversals").tag("kind", label)
                    .register(meters));
            fen.put(kind, Counter.builder("stored_value.card.payments.fen")
                    .description("money paid from stored-value cards (or given back by reversals), in fen")
                    .baseUnit("fen").tag("kind", label).register(meters));
        }
    }

    /** {@code money} in yuan, scale 2 ({@code Money}). */
    void counted(Kind kind, BigDecimal money) {
        long amountFen = money.movePointRight(2).longValueExact();
        AfterCommit.run(() -> {
            payments.get(kind).increment();
            fen.get(kind).increment(amountFen);
        });
    }
}

package com.northstar.storedvalue.codepay;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local stand-in for WeChat/Alipay ({@code stored-value.payment-provider=simulator}, set for every profile but
 * {@code prod}), deciding by the payment code's last digit ({@link SimulatedCharge}). Its books are a table of its
 * own, written in transactions of its own as a provider's would be, so a query after a restart still finds the
 * charge. Like a real provider it charges an order number once.
 */
@Component
@ConditionalOnProperty(name = "stored-value.payment-provider", havingValue = "simulator")
class SimulatedPaymentProvider implements PaymentProvider {

    private final SimulatedChargeMapper charges;
    private final Clock clock;
    private final Duration unknownFor;

    SimulatedPaymentProvider(SimulatedChargeMapper charges, Clock clock,
            @Value("${stored-value.payment-simulator.unknown-for:2s}") Duration unknownFor) {
        this.charges = charges;
        this.clock = clock;
        this.unknownFor = unknownFor;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ProviderOutcome charge(String payCode, String orderCode, BigDecimal money) {
        SimulatedCharge charge = charges.byOrderCode(orderCode);
        if (charge == null) {
            charge = SimulatedCharge.of(payCode, orderCode, money, "SIM" + UUID.randomUUID().toString()
                    .replace("-", ""), clock.millis());
            charges.insert(charge);
        }
        return charge.outcomeAt(clock.millis(), unknownFor);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public ProviderOutcome query(String orderCode) {
        SimulatedCharge charge = charges.byOrderCode(orderCode);
        return charge == null ? ProviderOutcome.unknown() : charge.outcomeAt(clock.millis(), unknownFor);
    }
}

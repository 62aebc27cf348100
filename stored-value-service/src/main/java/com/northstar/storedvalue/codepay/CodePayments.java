package com.northstar.storedvalue.codepay;

import com.northstar.storedvalue.support.PaymentStamp;
import com.northstar.platform.core.envelope.StoredValueResponse;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.time.WireDates;
import com.northstar.storedvalue.support.Money;
import com.northstar.storedvalue.support.OncePerSerial;
import com.northstar.storedvalue.support.StoredValueStatus;
import com.northstar.storedvalue.tenancy.Till;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * #25 and #26: charging scanned payment codes through the {@link PaymentProvider}, once per order code. The claim
 * of an order code commits before the provider is called and only the request that made it charges; any other
 * request for the order (a retry, a concurrent duplicate, #26) answers the recorded outcome, and while that is open
 * asks the provider, never charging again. A charge whose answer was lost (an error, a restart) stays open: it is
 * resolved by asking the provider, not assumed failed.
 */
@Service
class CodePayments {

    private static final Logger log = LoggerFactory.getLogger(CodePayments.class);

    private final PaymentProvider provider;
    private final CodePaymentMapper payments;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CodePayments(ObjectProvider<PaymentProvider> providers, CodePaymentMapper payments,
            TransactionTemplate transactions, Clock clock) {
        this.provider = providers.getIfAvailable();
        if (provider == null) {
            throw new IllegalStateException("no payment provider for code payments (#25, #26): configure a real one,"
                    + " or set stored-value.payment-provider=simulator outside production");
        }
        this.payments = payments;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** #25: charges the payment code for the order, once; the same request again answers the recorded outcome. */
    StoredValueResponse<PaymentStamp> pay(CodePaymentRequest request, Till till) {
        String orderCode = OncePerSerial.serial("orderCode", request.orderCode());
        BigDecimal money = Money.positive("money", request.money());
        String payCode = payCode(request.payCode());
        CodePayment claim = CodePayment.claimed(request, orderCode, payCode, money, CodePaymentType.of(payCode), till,
                clock.millis(), LocalDateTime.now(clock.withZone(WireDates.ZONE)));
        if (claimed(claim)) {
            return answer(record(orderCode, charge(payCode, orderCode, money)));
        }
        return answer(recorded(orderCode, payCode, money));
    }

    /** #26: the outcome of the order's charge, asking the provider while it is open (703). */
    StoredValueResponse<PaymentStamp> query(CodePaymentRequest request) {
        String orderCode = OncePerSerial.serial("orderCode", request.orderCode());
        BigDecimal money = Money.positive("money", request.money());
        return answer(recorded(orderCode, payCode(request.payCode()), money));
    }

    /** Claims the order code for this request (committed at once); false when a request claimed it before. */
    private boolean claimed(CodePayment claim) {
        try {
            transactions.executeWithoutResult(status -> payments.insert(claim));
            return true;
        } catch (DuplicateKeyException claimedBefore) {
            return false;
        }
    }

    /** The order's payment: 801 for other content; asks the provider while it is open. */
    private CodePayment recorded(String orderCode, String payCode, BigDecimal money) {
        CodePayment payment = payments.byOrderCode(orderCode);
        if (payment == null) {
            throw ApiException.badRequest("no code payment " + orderCode);
        }
        if (!payment.charges(payCode, money)) {
            throw StoredValueStatus.DUPLICATE_SERIAL.refuse("orderCode " + orderCode
                    + " was already used for another payment code or amount");
        }
        return payment.getState().isOpen() ? record(orderCode, ask(orderCode)) : payment;
    }

    private ProviderOutcome charge(String payCode, String orderCode, BigDecimal money) {
        try {
            return provider.charge(payCode, orderCode, money);
        } catch (RuntimeException unanswered) {
            log.warn("charge of order {} unanswered by the payment provider: outcome unknown", orderCode, unanswered);
            return ProviderOutcome.unknown();
        }
    }

    private ProviderOutcome ask(String orderCode) {
        try {
            return provider.query(orderCode);
        } catch (RuntimeException unanswered) {
            log.warn("query of order {} unanswered by the payment provider", orderCode, unanswered);
            return ProviderOutcome.unknown();
        }
    }

    /** Writes what the provider said, if it moves the payment (locked, so concurrent answers apply one by one). */
    private CodePayment record(String orderCode, ProviderOutcome told) {
        return transactions.execute(status -> {
            CodePayment payment = payments.lockByOrderCode(orderCode);
            CodePaymentState from = payment.getState();
            if (payment.learn(told, clock.millis()) && payments.updateOutcome(payment, from) != 1) {
                throw new IllegalStateException("code payment " + orderCode + " moved while locked");
            }
            return payment;
        });
    }

    private static StoredValueResponse<PaymentStamp> answer(CodePayment payment) {
        StoredValueStatus status = payment.getState().status();
        return new StoredValueResponse<>(status.code(), status.text(),
                new PaymentStamp(payment.getPaymentType(), Long.toString(payment.getOutcomeAt())));
    }

    /** A required payment code: digits only (its last one is what a simulator decides by). */
    private static String payCode(String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing required field payCode");
        }
        String payCode = value.trim();
        if (payCode.length() < 2 || payCode.length() > 32 || !payCode.chars().allMatch(Character::isDigit)) {
            throw ApiException.badRequest("field payCode must be 2 to 32 digits");
        }
        return payCode;
    }
}

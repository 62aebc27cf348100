package com.northstar.storedvalue.refund;

import com.northstar.platform.core.error.ApiException;
import com.northstar.storedvalue.recharge.Recharge;
import com.northstar.storedvalue.recharge.RechargePayment;
import com.northstar.storedvalue.support.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How stored value goes back along the recharges' payment split (#18, #27, #32): which part of which recharge pays
 * back how much actual money, and how much bonus of those recharges goes with it.
 *
 * @param parts  the payment parts and what each pays back
 * @param actual the actual money refunded: the sum of the parts
 * @param give   the bonus taken off with it
 */
record RefundPlan(List<Part> parts, BigDecimal actual, BigDecimal give) {

    record Part(RechargePayment payment, BigDecimal money) {
    }

    /**
     * The draft (#18): the card's actual balance, newest recharge first, as far as recharges paid it; and the
     * unrefunded bonus of the recharges it touches, as far as the card still holds bonus.
     */
    static RefundPlan proposed(BigDecimal actualBalance, BigDecimal giveBalance, List<Recharge> newestFirst,
            Map<Long, List<RechargePayment>> partsByRecharge) {
        List<Part> parts = new ArrayList<>();
        BigDecimal left = actualBalance;
        BigDecimal give = Money.ZERO;
        for (Recharge recharge : newestFirst) {
            if (left.signum() == 0) {
                break;
            }
            boolean touched = false;
            for (RechargePayment payment : partsByRecharge.getOrDefault(recharge.getId(), List.of())) {
                BigDecimal money = payment.refundable().min(left);
                if (money.signum() > 0) {
                    parts.add(new Part(payment, money));
                    left = left.subtract(money);
                    touched = true;
                }
            }
            if (touched) {
                give = give.add(recharge.refundableGive());
            }
        }
        BigDecimal actual = actualBalance.subtract(left);
        return new RefundPlan(parts, actual, give.min(giveBalance));
    }

    /**
     * A till's refund (#27, #32): each detail names a payment part of one of the card's recharges ({@code id}) and
     * what it pays back (at most what is left of it); 400 otherwise.
     */
    static RefundPlan requested(List<BalanceRefundRequest.Detail> details, BigDecimal give,
            Map<Long, RechargePayment> refundableParts) {
        if (details == null || details.isEmpty()) {
            throw ApiException.badRequest("missing required field details (the parts to refund along)");
        }
        Map<Long, BigDecimal> perPart = new LinkedHashMap<>();
        for (int i = 0; i < details.size(); i++) {
            BalanceRefundRequest.Detail detail = details.get(i);
            if (detail == null || detail.id() == null) {
                throw ApiException.badRequest("missing required field details[" + i + "].id");
            }
            RechargePayment payment = refundableParts.get(detail.id());
            if (payment == null) {
                throw ApiException.badRequest("details[" + i + "].id is no payment part of this card's recharges");
            }
            if (detail.paymentType() != null && !detail.paymentType().equals(payment.getPaymentType())) {
                throw ApiException.badRequest("details[" + i + "].paymentType is not how that part was paid");
            }
            BigDecimal money = Money.positive("details[" + i + "].money", detail.money());
            perPart.merge(detail.id(), money, BigDecimal::add);
        }
        List<Part> parts = new ArrayList<>();
        BigDecimal actual = Money.ZERO;
        for (Map.Entry<Long, BigDecimal> entry : perPart.entrySet()) {
            RechargePayment payment = refundableParts.get(entry.getKey());
            if (entry.getValue().compareTo(payment.refundable()) > 0) {
                throw ApiException.badRequest("payment part " + entry.getKey() + " has only " + payment.refundable()
                        + " left to refund");
            }
            parts.add(new Part(payment, entry.getValue()));
            actual = actual.add(entry.getValue());
        }
        return new RefundPlan(parts, actual, give);
    }

    /** The first part's payment type: how the refund mostly goes back. */
    Integer paymentType() {
        return parts.isEmpty() ? null : parts.get(0).payment().getPaymentType();
    }
}

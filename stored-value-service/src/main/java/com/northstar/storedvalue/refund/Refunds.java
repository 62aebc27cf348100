package com.northstar.storedvalue.refund;

import com.northstar.platform.core.error.ApiException;
import com.northstar.storedvalue.card.Card;
import com.northstar.storedvalue.card.CardAccounts;
import com.northstar.storedvalue.card.CardAccounts.CardSession;
import com.northstar.storedvalue.card.CardChange;
import com.northstar.storedvalue.card.CardLookup;
import com.northstar.storedvalue.card.CardStatus;
import com.northstar.storedvalue.card.LedgerKind;
import com.northstar.storedvalue.recharge.Recharge;
import com.northstar.storedvalue.recharge.RechargeMapper;
import com.northstar.storedvalue.recharge.RechargePayment;
import com.northstar.storedvalue.recharge.RechargePaymentMapper;
import com.northstar.storedvalue.support.CardStamps;
import com.northstar.storedvalue.support.Money;
import com.northstar.storedvalue.support.OncePerSerial;
import com.northstar.storedvalue.support.PaymentType;
import com.northstar.storedvalue.tenancy.Till;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money paid back out of cards: one recharge (#17 draft, #31), stored value along the original payment split (#18
 * draft, #27 dry run, #32), and a returned card (#30). The card always keeps at least nothing: what it no longer
 * holds (the customer spent it) cannot be refunded (605).
 */
@Service
class Refunds {

    private static final DateTimeFormatter BILL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final CardLookup lookup;
    private final CardAccounts accounts;
    private final CardStamps stamps;
    private final RechargeMapper recharges;
    private final RechargePaymentMapper rechargeParts;
    private final BalanceRefundMapper refunds;
    private final BalanceRefundDetailMapper refundDetails;
    private final OncePerSerial once;
    private final SecureRandom random = new SecureRandom();

    Refunds(CardLookup lookup, CardAccounts accounts, CardStamps stamps, RechargeMapper recharges,
            RechargePaymentMapper rechargeParts, BalanceRefundMapper refunds, BalanceRefundDetailMapper refundDetails,
            OncePerSerial once) {
        this.lookup = lookup;
        this.accounts = accounts;
        this.stamps = stamps;
        this.recharges = recharges;
        this.rechargeParts = rechargeParts;
        this.refunds = refunds;
        this.refundDetails = refundDetails;
        this.once = once;
    }

    /** #17: the card's latest recharge with something left to refund, as a #31 body; 400 when there is none. */
    @Transactional(readOnly = true)
    public RechargeRefundDraft rechargeRefundDraft(String cardCode) {
        Card card = lookup.byCode(cardCode);
        Recharge latest = recharges.refundableOf(card.getId()).stream().findFirst()
                .orElseThrow(() -> ApiException.badRequest("card " + card.getCode() + " has no refundable recharge"));
        List<RechargePayment> parts = rechargeParts.ofRecharge(latest.getId());
        Integer paymentType = parts.isEmpty() ? null : parts.get(0).getPaymentType();
        return new RechargeRefundDraft(card.getCode(), null, paymentType, latest.getRechargeCode(),
                latest.refundableActual().add(latest.refundableGive()), latest.refundableActual(),
                latest.refundableGive(), latest.getRemark(), Long.toString(card.getChangedAt()), newBillNo(), null,
                latest.getId());
    }

    /**
     * #31: refunds what is left of one recharge, its actual money by {@code paymentType} and its bonus with it,
     * once per {@code billNo}; amounts the till states must be those.
     */
    @Transactional
    public boolean refundRecharge(RechargeRefundRequest request, Till till) {
        String billNo = OncePerSerial.serial("billNo", request.billNo());
        String rechargeCode = OncePerSerial.serial("rechargeCode", request.rechargeCode());
        long readAt = CardStamps.parse(request.timestamp());
        return once.run("svRechargeRefund", billNo, request, Boolean.class, () -> {
            CardSession session = accounts.begin(till, lookup.byCodeAndMac(request.cardCode(), request.mac()));
            Card card = session.card();
            card.requireInBusiness();
            card.requireNotChangedSince(readAt);
            Recharge recharge = recharges.lockByCode(rechargeCode);
            if (recharge == null || !recharge.getCardId().equals(card.getId())) {
                throw ApiException.badRequest("card " + card.getCode() + " has no recharge " + rechargeCode);
            }
            if (!recharge.isRefundable()) {
                throw ApiException.badRequest("recharge " + rechargeCode + " is already refunded");
            }
            BigDecimal actual = recharge.refundableActual();
            BigDecimal give = recharge.refundableGive();
            requireStated("payMoney", request.payMoney(), actual);
            requireStated("giveMoney", request.giveMoney(), give);
            Money.requireFaceValue(request.money(), actual, give);
            List<RechargePayment> parts = rechargeParts.ofRecharge(recharge.getId());
            Integer paymentType = request.paymentType() != null
                    ? PaymentType.required("paymentType", request.paymentType()).code()
                    : parts.isEmpty() ? null : parts.get(0).getPaymentType();
            CardChange change = card.takeOff(LedgerKind.RECHARGE_REFUND, actual, give);
            recharge.refund(actual, give);
            recharges.updateRefunded(recharge);
            for (RechargePayment part : parts) {
                part.refund(part.refundable());
                rechargeParts.updateRefunded(part);
            }
            BalanceRefund refund = BalanceRefund.of(RefundKind.RECHARGE, card.getId(), billNo, actual, give,
                    paymentType, recharge.getId(), request.remark(), till, accounts.now());
            refunds.insert(refund);
            session.record(change, billNo, refund.getId());
            session.save();
            return true;
        });
    }

    /** #18: the card's stored value prefilled for a refund along the original payment split. */
    @Transactional(readOnly = true)
    public BalanceRefundDraft balanceRefundDraft(String cardCode) {
        Card card = lookup.byCode(cardCode);
        List<Recharge> refundable = recharges.refundableOf(card.getId());
        Map<Long, List<RechargePayment>> partsByRecharge = new LinkedHashMap<>();
        refundable.forEach(recharge -> partsByRecharge.put(recharge.getId(), rechargeParts.ofRecharge(recharge.getId())));
        RefundPlan plan = RefundPlan.proposed(card.getActualBalance(), card.getGiveBalance(), refundable,
                partsByRecharge);
        List<BalanceRefundDraft.Detail> details = plan.parts().stream()
                .map(part -> new BalanceRefundDraft.Detail(part.payment().getRechargeId(),
                        part.payment().getPaymentType(), part.payment().type().label(), part.money(),
                        part.payment().getId()))
                .toList();
        return new BalanceRefundDraft(stamps.now(), plan.actual(), details, card.getCode(), null, plan.paymentType(),
                null, plan.actual().add(plan.give()), plan.actual(), plan.give(), null,
                Long.toString(card.getChangedAt()), newBillNo(), null, null);
    }

    /** #27: what #32 would refund how, checked the same way; nothing changes. */
    @Transactional(readOnly = true)
    public Integer checkBalanceRefund(BalanceRefundRequest request) {
        long readAt = CardStamps.parse(request.timestamp());
        Card card = lookup.byCodeAndMac(request.cardCode(), request.mac());
        card.requireInBusiness();
        card.requireNotChangedSince(readAt);
        RefundPlan plan = planOf(card, request);
        card.takeOff(LedgerKind.BALANCE_REFUND, plan.actual(), plan.give());
        return request.paymentType() != null ? request.paymentType() : plan.paymentType();
    }

    /**
     * #32: pays stored value back along the parts the till names (as #18 proposed them) and takes the stated bonus
     * off with it, once per {@code billNo}.
     */
    @Transactional
    public boolean refundBalance(BalanceRefundRequest request, Till till) {
        String billNo = OncePerSerial.serial("billNo", request.billNo());
        long readAt = CardStamps.parse(request.timestamp());
        return once.run("svBalanceRefund", billNo, request, Boolean.class, () -> {
            CardSession session = accounts.begin(till, lookup.byCodeAndMac(request.cardCode(), request.mac()));
            Card card = session.card();
            card.requireInBusiness();
            card.requireNotChangedSince(readAt);
            RefundPlan plan = planOf(card, request);
            CardChange change = card.takeOff(LedgerKind.BALANCE_REFUND, plan.actual(), plan.give());
            applyToRecharges(plan);
            BalanceRefund refund = BalanceRefund.of(RefundKind.BALANCE, card.getId(), billNo, plan.actual(),
                    plan.give(), request.paymentType() != null ? request.paymentType() : plan.paymentType(), null,
                    request.remark(), till, accounts.now());
            refunds.insert(refund);
            plan.parts().forEach(part -> refundDetails.insert(BalanceRefundDetail.of(refund.getId(), part)));
            session.record(change, billNo, refund.getId());
            session.save();
            return true;
        });
    }

    /**
     * #30: the card's actual balance is paid back by {@code paymentType}, its bonus forfeited, and the card closed
     * (601 from then on); once per card version.
     */
    @Transactional
    public boolean returnCard(CardReturnRequest request, Till till) {
        long readAt = CardStamps.parse(request.timestamp());
        PaymentType paymentType = PaymentType.required("paymentType", request.paymentType());
        Card found = lookup.byCodeAndMac(request.cardCode(), request.mac());
        return once.runOncePerVersion("svCardReturn", found.getCode(), readAt, request, Boolean.class, () -> {
            CardSession session = accounts.begin(till, found);
            Card card = session.card();
            card.requireInBusiness();
            card.requireNotChangedSince(readAt);
            BigDecimal actual = card.getActualBalance();
            BigDecimal give = card.getGiveBalance();
            CardChange change = card.takeOff(LedgerKind.RETURN, actual, give);
            card.moveTo(CardStatus.RETURNED);
            BalanceRefund refund = BalanceRefund.of(RefundKind.RETURN, card.getId(), newBillNo(), actual, give,
                    paymentType.code(), null, request.remark(), till, accounts.now());
            refunds.insert(refund);
            session.record(change, refund.getBillNo(), refund.getId());
            session.save();
            return true;
        });
    }

    private RefundPlan planOf(Card card, BalanceRefundRequest request) {
        Map<Long, RechargePayment> parts = new LinkedHashMap<>();
        for (Recharge recharge : recharges.refundableOf(card.getId())) {
            rechargeParts.ofRecharge(recharge.getId()).forEach(part -> parts.put(part.getId(), part));
        }
        RefundPlan plan = RefundPlan.requested(request.details(), Money.orZero("giveMoney", request.giveMoney()),
                parts);
        requireStated("payMoney", request.payMoney(), plan.actual());
        requireStated("refundMoney", request.refundMoney(), plan.actual());
        Money.requireFaceValue(request.money(), plan.actual(), plan.give());
        return plan;
    }

    /** Marks the refunded parts and their recharges, and spreads the bonus over those recharges' unrefunded bonus. */
    private void applyToRecharges(RefundPlan plan) {
        Map<Long, BigDecimal> actualByRecharge = new LinkedHashMap<>();
        for (RefundPlan.Part part : plan.parts()) {
            part.payment().refund(part.money());
            rechargeParts.updateRefunded(part.payment());
            actualByRecharge.merge(part.payment().getRechargeId(), part.money(), BigDecimal::add);
        }
        BigDecimal giveLeft = plan.give();
        for (Map.Entry<Long, BigDecimal> entry : actualByRecharge.entrySet()) {
            Recharge recharge = recharges.selectById(entry.getKey());
            BigDecimal give = recharge.refundableGive().min(giveLeft);
            giveLeft = giveLeft.subtract(give);
            recharge.refund(entry.getValue(), give);
            recharges.updateRefunded(recharge);
        }
    }

    private static void requireStated(String field, BigDecimal stated, BigDecimal actual) {
        if (stated != null && Money.amount(field, stated).compareTo(actual) != 0) {
            throw ApiException.badRequest("field " + field + " must be " + actual);
        }
    }

    private String newBillNo() {
        return "RF" + accounts.now().format(BILL_TIME) + String.format("%06d", random.nextInt(1_000_000));
    }
}

package com.northstar.storedvalue.recharge;

import com.northstar.platform.core.error.ApiException;
import com.northstar.storedvalue.card.Card;
import com.northstar.storedvalue.card.CardAccounts;
import com.northstar.storedvalue.card.CardAccounts.CardSession;
import com.northstar.storedvalue.card.CardLookup;
import com.northstar.storedvalue.catalog.RechargePlan;
import com.northstar.storedvalue.catalog.RechargePlanMapper;
import com.northstar.storedvalue.support.CardStamps;
import com.northstar.storedvalue.support.Money;
import com.northstar.storedvalue.support.OncePerSerial;
import com.northstar.storedvalue.support.PaymentType;
import com.northstar.storedvalue.support.StoredValueStatus;
import com.northstar.storedvalue.tenancy.Till;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** #29: recharging a card, with a payment split and bonus, or by buying a recharge plan. */
@Service
public class Recharges {

    private static final DateTimeFormatter CODE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final CardLookup lookup;
    private final CardAccounts accounts;
    private final RechargeMapper recharges;
    private final RechargePaymentMapper parts;
    private final RechargePlanMapper plans;
    private final OncePerSerial once;
    private final RechargeMetrics metrics;
    private final Clock clock;
    private final Duration planPaymentWindow;
    private final SecureRandom random = new SecureRandom();

    Recharges(CardLookup lookup, CardAccounts accounts, RechargeMapper recharges, RechargePaymentMapper parts,
            RechargePlanMapper plans, OncePerSerial once, RechargeMetrics metrics, Clock clock,
            @Value("${stored-value.plan-payment-window:5m}") Duration planPaymentWindow) {
        this.lookup = lookup;
        this.accounts = accounts;
        this.recharges = recharges;
        this.parts = parts;
        this.plans = plans;
        this.once = once;
        this.metrics = metrics;
        this.clock = clock;
        this.planPaymentWindow = planPaymentWindow;
    }

    /**
     * Credits the paid money as actual and the bonus as give money, once per card version: the same request again
     * answers the same, another with its timestamp is stale (601).
     */
    @Transactional
    public boolean recharge(RechargeRequest request, Till till) {
        long readAt = CardStamps.parse(request.timestamp());
        Card found = lookup.byCodeAndMac(request.cardCode(), request.mac());
        return once.runOncePerVersion("svRecharge", found.getCode(), readAt, request, Boolean.class, () -> {
            CardSession session = accounts.begin(till, found);
            Card card = session.card();
            card.requireInBusiness();
            card.requireNotChangedSince(readAt);
            if (!Boolean.TRUE.equals(accounts.classOf(card).getCanRecharge())) {
                throw StoredValueStatus.CARD_UNUSABLE.refuse("cards of this class cannot be recharged");
            }
            RechargePlan plan = request.id() == null ? null : plans.selectById(request.id());
            RechargeTerms terms = plan == null ? RechargeTerms.of(request) : termsOfPlan(plan, request, readAt);
            List<RechargeRequest.PaymentPart> split = split(request.details(), terms.paid());
            Recharge recharge = terms.recharge(card.getId(), newRechargeCode(), request.remark(), till,
                    accounts.now());
            recharges.insert(recharge);
            for (RechargeRequest.PaymentPart part : split) {
                parts.insert(RechargePayment.of(recharge.getId(), PaymentType.of(part.paymentType()),
                        Money.scaled(part.money())));
            }
            session.record(card.recharge(terms.paid(), terms.bonus()), recharge.getRechargeCode(), recharge.getId());
            session.save();
            metrics.recharged(terms.paid(), terms.bonus());
            return true;
        });
    }

    /**
     * A plan on sale (1001 otherwise), in stock (1002), paid within the window after the till read the card (1003):
     * the customer pays {@code payMoney}; the bonus is {@code giveMoney} plus any face value above the price.
     */
    private RechargeTerms termsOfPlan(RechargePlan plan, RechargeRequest request, long readAt) {
        LocalDateTime now = accounts.now();
        if (!Boolean.TRUE.equals(plan.getInUse()) || now.isBefore(plan.getStartTime())
                || now.isAfter(plan.getEndTime())) {
            throw StoredValueStatus.NOT_PURCHASABLE.refuse("recharge plan " + plan.getId() + " is not on sale");
        }
        if (clock.millis() - readAt > planPaymentWindow.toMillis()) {
            throw StoredValueStatus.PAYMENT_TIMED_OUT.refuse("a plan must be paid within "
                    + planPaymentWindow.toMinutes() + " minutes of reading the card");
        }
        if (plan.getStock() != null && plans.takeOne(plan.getId()) != 1) {
            throw StoredValueStatus.SOLD_OUT.refuse("recharge plan " + plan.getId() + " is sold out");
        }
        BigDecimal paid = Boolean.TRUE.equals(plan.getMoneyModifiable()) && request.payMoney() != null
                ? Money.positive("payMoney", request.payMoney()) : plan.getPayMoney();
        BigDecimal bonus = plan.getGiveMoney().add(plan.getMoney().subtract(plan.getPayMoney()).max(Money.ZERO));
        return new RechargeTerms(paid.add(bonus), paid, bonus, plan.getId());
    }

    /** The payment split: the request's parts, which must add up to what was paid; one cash part when none given. */
    private static List<RechargeRequest.PaymentPart> split(List<RechargeRequest.PaymentPart> details, BigDecimal paid) {
        if (details == null || details.isEmpty()) {
            return List.of(new RechargeRequest.PaymentPart(PaymentType.CASH.code(), paid, null));
        }
        List<RechargeRequest.PaymentPart> split = new ArrayList<>();
        BigDecimal sum = Money.ZERO;
        for (int i = 0; i < details.size(); i++) {
            RechargeRequest.PaymentPart part = details.get(i);
            if (part == null) {
                throw ApiException.badRequest("field details[" + i + "] is missing");
            }
            PaymentType type = PaymentType.required("details[" + i + "].paymentType", part.paymentType());
            if (type == PaymentType.CARD) {
                throw ApiException.badRequest("field details[" + i + "].paymentType: a card cannot pay its own recharge");
            }
            BigDecimal money = Money.positive("details[" + i + "].money", part.money());
            sum = sum.add(money);
            split.add(new RechargeRequest.PaymentPart(type.code(), money, part.id()));
        }
        if (sum.compareTo(paid) != 0) {
            throw ApiException.badRequest("field details: the parts add up to " + sum + ", not the " + paid + " paid");
        }
        return split;
    }

    private String newRechargeCode() {
        return "RC" + accounts.now().format(CODE_TIME) + String.format("%06d", random.nextInt(1_000_000));
    }

    /** What a recharge credits: face value, actual money paid, bonus, and the plan bought if any. */
    record RechargeTerms(BigDecimal money, BigDecimal paid, BigDecimal bonus, Long planId) {

        static RechargeTerms of(RechargeRequest request) {
            BigDecimal paid = Money.positive("payMoney", request.payMoney() != null ? request.payMoney()
                    : request.money());
            BigDecimal bonus = Money.orZero("giveMoney", request.giveMoney());
            Money.requireFaceValue(request.money(), paid, bonus);
            return new RechargeTerms(paid.add(bonus), paid, bonus, null);
        }

        Recharge recharge(long cardId, String code, String remark, Till till, LocalDateTime now) {
            Recharge recharge = new Recharge();
            recharge.setCardId(cardId);
            recharge.setRechargeCode(code);
            recharge.setMoney(money);
            recharge.setPayMoney(paid);
            recharge.setGiveMoney(bonus);
            recharge.setPlanId(planId);
            recharge.setRefunded(Money.ZERO);
            recharge.setGiveRefunded(Money.ZERO);
            recharge.setRemark(remark);
            recharge.setShopId(till.shopId());
            recharge.setOperator(till.operator());
            recharge.setCreatedAt(now);
            return recharge;
        }
    }
}

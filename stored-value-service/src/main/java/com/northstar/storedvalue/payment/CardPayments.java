package com.northstar.storedvalue.payment;

import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.time.WireDates;
import com.northstar.storedvalue.card.Card;
import com.northstar.storedvalue.card.CardAccounts;
import com.northstar.storedvalue.card.CardAccounts.CardSession;
import com.northstar.storedvalue.card.CardChange;
import com.northstar.storedvalue.card.CardLookup;
import com.northstar.storedvalue.card.CardMapper;
import com.northstar.storedvalue.card.PayCode;
import com.northstar.storedvalue.card.PayCodeMapper;
import com.northstar.storedvalue.cardclass.CardClass;
import com.northstar.storedvalue.payment.CardPaymentMetrics.Kind;
import com.northstar.storedvalue.settlement.BusinessDayGate;
import com.northstar.storedvalue.support.Money;
import com.northstar.storedvalue.support.OncePerSerial;
import com.northstar.storedvalue.support.StoredValueStatus;
import com.northstar.storedvalue.tenancy.Till;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** #21-#24 and #39: what a card can pay, paying from it, reversing a payment, and dynamic pay codes. */
@Service
class CardPayments {

    private static final BigDecimal NO_DISCOUNT = new BigDecimal("1.00");

    private final CardLookup lookup;
    private final CardAccounts accounts;
    private final CardMapper cards;
    private final CardPaymentMapper payments;
    private final PayCodeMapper payCodes;
    private final BusinessDayGate gate;
    private final OncePerSerial once;
    private final CardPaymentMetrics metrics;
    private final Clock clock;
    private final Duration payCodeTtl;
    private final SecureRandom random = new SecureRandom();

    CardPayments(CardLookup lookup, CardAccounts accounts, CardMapper cards, CardPaymentMapper payments,
            PayCodeMapper payCodes, BusinessDayGate gate, OncePerSerial once, CardPaymentMetrics metrics, Clock clock,
            @Value("${stored-value.pay-code-ttl:60s}") Duration payCodeTtl) {
        this.lookup = lookup;
        this.accounts = accounts;
        this.cards = cards;
        this.payments = payments;
        this.payCodes = payCodes;
        this.gate = gate;
        this.once = once;
        this.metrics = metrics;
        this.clock = clock;
        this.payCodeTtl = payCodeTtl;
    }

    @Transactional(readOnly = true)
    public PayInfo payInfo(String cardCode, String mac) {
        Card card = lookup.byCodeAndMac(cardCode, mac);
        card.requireInBusiness();
        return payInfoOf(card);
    }

    @Transactional(readOnly = true)
    public PayInfo payInfoByMac(String mac) {
        Card card = lookup.byMac(mac);
        card.requireInBusiness();
        return payInfoOf(card);
    }

    /** #23: takes {@code money} off the card (605 if short) and earns the class's points, once per order code. */
    @Transactional
    public PayInfo pay(CardPayRequest request, Till till) {
        String code = OncePerSerial.serial("code", request.code());
        BigDecimal money = Money.positive("money", request.money());
        return once.run("svCardPay", code, request, PayInfo.class, () -> {
            CardSession session = accounts.begin(till, lookup.byCodeAndMac(request.cardCode(), request.mac()));
            Card card = session.card();
            card.requireInBusiness();
            CardClass cardClass = accounts.classOf(card);
            CardChange spent = card.spend(money, cardClass.spendsGiveFirst());
            int points = cardClass.pointsFor(money);
            CardPayment payment = CardPayment.paid(card.getId(), code, money, spent, points, till,
                    session.businessDay(), accounts.now());
            payments.insert(payment);
            CardChange paid = points > 0
                    ? spent.withPointsOf(card.earnPoints(points, cardClass.getPointsValidDays(), accounts.now()))
                    : spent;
            session.record(paid, code, payment.getId());
            metrics.counted(Kind.PAYMENT, money);
            return payInfoOf(session.save(), cardClass);
        });
    }

    /**
     * #24: gives a payment back in full, exactly the parts it took, and takes back its points. Once: the same
     * request again answers the same; a payment of a settled business day is 905.
     */
    @Transactional
    public PayInfo reverse(CardPayRequest request, Till till) {
        String code = OncePerSerial.serial("code", request.code());
        BigDecimal money = Money.positive("money", request.money());
        return once.run("svCardPayReverse", code, request, PayInfo.class, () -> {
            Card named = lookup.byCodeAndMac(request.cardCode(), request.mac());
            CardSession session = accounts.begin(till, named);
            CardPayment payment = payments.lockByCode(code);
            if (payment == null || !payment.getCardId().equals(named.getId())) {
                throw ApiException.badRequest("card " + named.getCode() + " has no payment " + code);
            }
            if (payment.getMoney().compareTo(money) != 0) {
                throw ApiException.badRequest("payment " + code + " was " + payment.getMoney()
                        + "; a reversal gives back all of it");
            }
            if (payment.isReversed()) {
                return payInfoOf(session.card());
            }
            if (payment.getBusinessDay().isBefore(gate.openDay(payment.getShopId()))) {
                throw StoredValueStatus.SETTLED_AMOUNTS_CHANGED.refuse("payment " + code + " belongs to business day "
                        + payment.getBusinessDay() + ", which is settled");
            }
            Card card = session.card();
            card.requireInBusiness();
            CardChange givenBack = card.unspend(payment.getActualPart(), payment.getGivePart());
            session.record(payment.getPointsEarned() > 0
                    ? givenBack.withPointsOf(card.takeBackPoints(payment.getPointsEarned())) : givenBack,
                    code, payment.getId());
            CardPaymentStatus from = payment.reverse(accounts.now());
            if (payments.updateStatus(payment, from) != 1) {
                throw new IllegalStateException("payment " + code + " moved while locked");
            }
            metrics.counted(Kind.REVERSAL, payment.getMoney());
            return payInfoOf(session.save());
        });
    }

    /** #39: a pay code for the card, usable instead of its mac until it expires (606 afterwards). */
    @Transactional
    public String issuePayCode(PayCodeRequest request) {
        Card card = lookup.byCodeAndMac(request.code(), request.mac());
        card.requireInBusiness();
        String code = newPayCode();
        LocalDateTime expiresAt = LocalDateTime.now(clock.withZone(WireDates.ZONE)).plus(payCodeTtl);
        payCodes.insert(PayCode.issued(code, card.getId(), expiresAt));
        return code;
    }

    /** 18 digits beginning 88: never a card's mac, unguessable within its lifetime. */
    private String newPayCode() {
        StringBuilder code = new StringBuilder("88");
        for (int i = 0; i < 16; i++) {
            code.append(random.nextInt(10));
        }
        return code.toString();
    }

    private PayInfo payInfoOf(Card card) {
        return payInfoOf(card, accounts.classOf(card));
    }

    private PayInfo payInfoOf(Card card, CardClass cardClass) {
        BigDecimal discount = NO_DISCOUNT;
        if (Boolean.TRUE.equals(cardClass.getCanDiscount()) && card.getMemberId() != null) {
            BigDecimal levelDiscount = cards.levelDiscountOfMember(card.getMemberId());
            discount = levelDiscount == null ? NO_DISCOUNT : levelDiscount;
        }
        return new PayInfo(card.getCode(), card.balance(), discount,
                Boolean.TRUE.equals(cardClass.getCanMemberPrice()));
    }
}

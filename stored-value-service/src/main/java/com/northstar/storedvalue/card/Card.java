package com.northstar.storedvalue.card;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.northstar.storedvalue.support.Money;
import com.northstar.storedvalue.support.StoredValueRefusal;
import com.northstar.storedvalue.support.StoredValueStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A stored-value card and the money rules, in one place:
 * <ul>
 * <li>balance = actual (paid-in) + give (bonus) money; neither is ever negative: what would make one negative is
 * refused with 605 and changes nothing;</li>
 * <li>spending takes actual money first, then bonus, unless the card class spends bonus first;</li>
 * <li>every change returns the {@link CardChange} its ledger line records, and moves {@code changedAt} (the card's
 * version) strictly forward.</li>
 * </ul>
 * Totals: recharge totals count money put on the card minus money refunded off it, expense totals money spent minus
 * payments reversed.
 */
@TableName("card")
public class Card {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private String code;
    private String mac;
    private String password;
    private Long cardClassId;
    private Long memberId;
    private Integer status;
    private Integer sendMode;
    private Long shopId;
    private LocalDateTime effectiveTime;
    private BigDecimal actualBalance;
    private BigDecimal giveBalance;
    private BigDecimal actualRecharge;
    private BigDecimal giveRecharge;
    private BigDecimal actualExpense;
    private BigDecimal giveExpense;
    private Integer totalPoints;
    private Integer actualPoints;
    private Integer usedPoints;
    private LocalDateTime pointsDisabledDate;
    private Long changedAt;
    private LocalDateTime createdAt;

    /** A new card with nothing on it. */
    public static Card issued(String code, String mac, long cardClassId, long shopId, CardSendMode mode,
            LocalDateTime now, long nowMillis) {
        Card card = new Card();
        card.code = code;
        card.mac = mac;
        card.cardClassId = cardClassId;
        card.status = CardStatus.NORMAL.code();
        card.sendMode = mode.code();
        card.shopId = shopId;
        card.effectiveTime = now;
        card.actualBalance = Money.ZERO;
        card.giveBalance = Money.ZERO;
        card.actualRecharge = Money.ZERO;
        card.giveRecharge = Money.ZERO;
        card.actualExpense = Money.ZERO;
        card.giveExpense = Money.ZERO;
        card.totalPoints = 0;
        card.actualPoints = 0;
        card.usedPoints = 0;
        card.changedAt = nowMillis;
        card.createdAt = now;
        return card;
    }

    public CardStatus state() {
        return CardStatus.of(status);
    }

    public BigDecimal balance() {
        return actualBalance.add(giveBalance);
    }

    /** 603/604/601 unless money may move on this card. */
    public void requireInBusiness() {
        StoredValueRefusal refusal = state().refusalOfBusiness();
        if (refusal != null) {
            throw refusal;
        }
    }

    /** 601 when the card changed after {@code readAt}, the till's {@code timestamp}. */
    public void requireNotChangedSince(long readAt) {
        if (changedAt > readAt) {
            throw StoredValueStatus.CARD_UNUSABLE.refuse("the card changed after it was read (timestamp " + readAt
                    + "); read it again and retry");
        }
    }

    /** Pays {@code money}: actual first, then bonus (or the other way round); 605 if the balance is short. */
    public CardChange spend(BigDecimal money, boolean giveFirst) {
        if (balance().compareTo(money) < 0) {
            throw StoredValueStatus.INSUFFICIENT_BALANCE.refuse("balance " + balance() + " is less than " + money);
        }
        BigDecimal first = giveFirst ? giveBalance : actualBalance;
        BigDecimal fromFirst = first.min(money);
        BigDecimal fromSecond = money.subtract(fromFirst);
        BigDecimal actual = giveFirst ? fromSecond : fromFirst;
        BigDecimal give = giveFirst ? fromFirst : fromSecond;
        actualBalance = actualBalance.subtract(actual);
        giveBalance = giveBalance.subtract(give);
        actualExpense = actualExpense.add(actual);
        giveExpense = giveExpense.add(give);
        return new CardChange(LedgerKind.PAY, actual.negate(), give.negate(), 0);
    }

    /** Gives back a payment's parts exactly as they were taken. */
    public CardChange unspend(BigDecimal actual, BigDecimal give) {
        actualBalance = actualBalance.add(actual);
        giveBalance = giveBalance.add(give);
        actualExpense = actualExpense.subtract(actual);
        giveExpense = giveExpense.subtract(give);
        return new CardChange(LedgerKind.PAY_REVERSE, actual, give, 0);
    }

    public CardChange recharge(BigDecimal actual, BigDecimal give) {
        actualBalance = actualBalance.add(actual);
        giveBalance = giveBalance.add(give);
        actualRecharge = actualRecharge.add(actual);
        giveRecharge = giveRecharge.add(give);
        return new CardChange(LedgerKind.RECHARGE, actual, give, 0);
    }

    /**
     * Takes stored money off the card to pay it back (a recharge refund, a balance refund, a returned card's
     * forfeited bonus); 605 when either part is more than the card holds.
     */
    public CardChange takeOff(LedgerKind kind, BigDecimal actual, BigDecimal give) {
        if (actualBalance.compareTo(actual) < 0 || giveBalance.compareTo(give) < 0) {
            throw StoredValueStatus.INSUFFICIENT_BALANCE.refuse("the card holds " + actualBalance + " actual and "
                    + giveBalance + " bonus money, less than " + actual + " and " + give);
        }
        actualBalance = actualBalance.subtract(actual);
        giveBalance = giveBalance.subtract(give);
        actualRecharge = actualRecharge.subtract(actual);
        giveRecharge = giveRecharge.subtract(give);
        return new CardChange(kind, actual.negate(), give.negate(), 0);
    }

    /** Earns points; they stay usable {@code validDays} after this, the latest earning. */
    public CardChange earnPoints(int points, int validDays, LocalDateTime now) {
        totalPoints += points;
        actualPoints += points;
        pointsDisabledDate = now.plusDays(validDays);
        return new CardChange(LedgerKind.POINTS_EARN, Money.ZERO, Money.ZERO, points);
    }

    /** Takes back a reversed payment's points, as many as are still there. */
    public CardChange takeBackPoints(int points) {
        int taken = Math.min(points, actualPoints);
        totalPoints -= taken;
        actualPoints -= taken;
        return new CardChange(LedgerKind.POINTS_TAKE_BACK, Money.ZERO, Money.ZERO, -taken);
    }

    /** Spends points; 607 when there are fewer. */
    public CardChange redeemPoints(int points) {
        if (actualPoints < points) {
            throw StoredValueStatus.INSUFFICIENT_POINTS.refuse("the card has " + actualPoints + " points, the gift needs "
                    + points);
        }
        actualPoints -= points;
        usedPoints += points;
        return new CardChange(LedgerKind.POINTS_REDEEM, Money.ZERO, Money.ZERO, -points);
    }

    /** Points past their date are gone; null when none expired. */
    public CardChange expirePoints(LocalDateTime now) {
        if (actualPoints == 0 || pointsDisabledDate == null || !now.isAfter(pointsDisabledDate)) {
            return null;
        }
        int expired = actualPoints;
        actualPoints = 0;
        return new CardChange(LedgerKind.POINTS_EXPIRE, Money.ZERO, Money.ZERO, -expired);
    }

    /** Everything leaves this card for its replacement: balances and points (totals stay as its history). */
    public CardChange transferOut() {
        CardChange change = new CardChange(LedgerKind.TRANSFER_OUT, actualBalance.negate(), giveBalance.negate(),
                -actualPoints);
        actualBalance = Money.ZERO;
        giveBalance = Money.ZERO;
        actualPoints = 0;
        return change;
    }

    /** This card carries on where {@code old} stopped: balances, points, totals and member. */
    public CardChange transferIn(Card old) {
        actualBalance = actualBalance.add(old.actualBalance);
        giveBalance = giveBalance.add(old.giveBalance);
        actualRecharge = actualRecharge.add(old.actualRecharge);
        giveRecharge = giveRecharge.add(old.giveRecharge);
        actualExpense = actualExpense.add(old.actualExpense);
        giveExpense = giveExpense.add(old.giveExpense);
        totalPoints += old.totalPoints;
        actualPoints += old.actualPoints;
        usedPoints += old.usedPoints;
        pointsDisabledDate = old.pointsDisabledDate;
        memberId = old.memberId;
        return new CardChange(LedgerKind.TRANSFER_IN, old.actualBalance, old.giveBalance, old.actualPoints);
    }

    /** Moves the card to {@code target} as {@link CardStatus} allows; the refusal's code otherwise. */
    public void moveTo(CardStatus target) {
        StoredValueRefusal refusal = state().refusalOfMove(target);
        if (refusal != null) {
            throw refusal;
        }
        status = target.code();
    }

    /** The card's new version: now, and in any case after the last one. */
    void touch(long nowMillis) {
        changedAt = Math.max(nowMillis, changedAt + 1);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getMac() { return mac; }
    public void setMac(String mac) { this.mac = mac; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Long getCardClassId() { return cardClassId; }
    public void setCardClassId(Long cardClassId) { this.cardClassId = cardClassId; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public Integer getStatus() { return status; }
    public void setStatus(Integer status) { this.status = status; }
    public Integer getSendMode() { return sendMode; }
    public void setSendMode(Integer sendMode) { this.sendMode = sendMode; }
    public Long getShopId() { return shopId; }
    public void setShopId(Long shopId) { this.shopId = shopId; }
    public LocalDateTime getEffectiveTime() { return effectiveTime; }
    public void setEffectiveTime(LocalDateTime effectiveTime) { this.effectiveTime = effectiveTime; }
    public BigDecimal getActualBalance() { return actualBalance; }
    public void setActualBalance(BigDecimal actualBalance) { this.actualBalance = actualBalance; }
    public BigDecimal getGiveBalance() { return giveBalance; }
    public void setGiveBalance(BigDecimal giveBalance) { this.giveBalance = giveBalance; }
    public BigDecimal getActualRecharge() { return actualRecharge; }
    public void setActualRecharge(BigDecimal actualRecharge) { this.actualRecharge = actualRecharge; }
    public BigDecimal getGiveRecharge() { return giveRecharge; }
    public void setGiveRecharge(BigDecimal giveRecharge) { this.giveRecharge = giveRecharge; }
    public BigDecimal getActualExpense() { return actualExpense; }
    public void setActualExpense(BigDecimal actualExpense) { this.actualExpense = actualExpense; }
    public BigDecimal getGiveExpense() { return giveExpense; }
    public void setGiveExpense(BigDecimal giveExpense) { this.giveExpense = giveExpense; }
    public Integer getTotalPoints() { return totalPoints; }
    public void setTotalPoints(Integer totalPoints) { this.totalPoints = totalPoints; }
    public Integer getActualPoints() { return actualPoints; }
    public void setActualPoints(Integer actualPoints) { this.actualPoints = actualPoints; }
    public Integer getUsedPoints() { return usedPoints; }
    public void setUsedPoints(Integer usedPoints) { this.usedPoints = usedPoints; }
    public LocalDateTime getPointsDisabledDate() { return pointsDisabledDate; }
    public void setPointsDisabledDate(LocalDateTime pointsDisabledDate) { this.pointsDisabledDate = pointsDisabledDate; }
    public Long getChangedAt() { return changedAt; }
    public void setChangedAt(Long changedAt) { this.changedAt = changedAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}

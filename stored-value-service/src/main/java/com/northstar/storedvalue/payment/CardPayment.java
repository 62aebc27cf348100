package com.northstar.storedvalue.payment;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.northstar.storedvalue.card.CardChange;
import com.northstar.storedvalue.tenancy.Till;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** #23: an order paid from a card, with the parts it took (actual, bonus) so that #24 gives exactly those back. */
@TableName("card_payment")
class CardPayment {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private Long cardId;
    private String code;
    private BigDecimal money;
    private BigDecimal actualPart;
    private BigDecimal givePart;
    private Integer pointsEarned;
    private CardPaymentStatus status;
    private Long shopId;
    private LocalDate businessDay;
    private String operator;
    private LocalDateTime createdAt;
    private LocalDateTime reversedAt;

    static CardPayment paid(long cardId, String code, BigDecimal money, CardChange spent, int points, Till till,
            LocalDate businessDay, LocalDateTime now) {
        CardPayment payment = new CardPayment();
        payment.cardId = cardId;
        payment.code = code;
        payment.money = money;
        payment.actualPart = spent.actualDelta().negate();
        payment.givePart = spent.giveDelta().negate();
        payment.pointsEarned = points;
        payment.status = CardPaymentStatus.PAID;
        payment.shopId = till.shopId();
        payment.businessDay = businessDay;
        payment.operator = till.operator();
        payment.createdAt = now;
        return payment;
    }

    /** Marks the payment reversed (a payment is reversed once); returns the state it left. */
    CardPaymentStatus reverse(LocalDateTime now) {
        CardPaymentStatus previous = status;
        if (previous != CardPaymentStatus.PAID) {
            throw new IllegalStateException("payment " + id + " is already " + status);
        }
        status = CardPaymentStatus.REVERSED;
        reversedAt = now;
        return previous;
    }

    boolean isReversed() {
        return status == CardPaymentStatus.REVERSED;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public Long getCardId() { return cardId; }
    public void setCardId(Long cardId) { this.cardId = cardId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public BigDecimal getMoney() { return money; }
    public void setMoney(BigDecimal money) { this.money = money; }
    public BigDecimal getActualPart() { return actualPart; }
    public void setActualPart(BigDecimal actualPart) { this.actualPart = actualPart; }
    public BigDecimal getGivePart() { return givePart; }
    public void setGivePart(BigDecimal givePart) { this.givePart = givePart; }
    public Integer getPointsEarned() { return pointsEarned; }
    public void setPointsEarned(Integer pointsEarned) { this.pointsEarned = pointsEarned; }
    public CardPaymentStatus getStatus() { return status; }
    public void setStatus(CardPaymentStatus status) { this.status = status; }
    public Long getShopId() { return shopId; }
    public void setShopId(Long shopId) { this.shopId = shopId; }
    public LocalDate getBusinessDay() { return businessDay; }
    public void setBusinessDay(LocalDate businessDay) { this.businessDay = businessDay; }
    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getReversedAt() { return reversedAt; }
    public void setReversedAt(LocalDateTime reversedAt) { this.reversedAt = reversedAt; }
}

package com.northstar.storedvalue.recharge;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * #29: money put on a card. {@code payMoney} was paid (split over {@link RechargePayment}s) and credited as actual
 * money, {@code giveMoney} credited as bonus; {@code refunded}/{@code giveRefunded} is what #31/#32 took back.
 */
@TableName("recharge")
public class Recharge {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private Long cardId;
    private String rechargeCode;
    private BigDecimal money;
    private BigDecimal payMoney;
    private BigDecimal giveMoney;
    private Long planId;
    private BigDecimal refunded;
    private BigDecimal giveRefunded;
    private String remark;
    private Long shopId;
    private String operator;
    private LocalDateTime createdAt;

    /** Actual money of this recharge not yet refunded. */
    public BigDecimal refundableActual() {
        return payMoney.subtract(refunded);
    }

    public BigDecimal refundableGive() {
        return giveMoney.subtract(giveRefunded);
    }

    public boolean isRefundable() {
        return refundableActual().signum() > 0 || refundableGive().signum() > 0;
    }

    /** Records a refund of {@code actual} and {@code give} from this recharge. */
    public void refund(BigDecimal actual, BigDecimal give) {
        if (actual.compareTo(refundableActual()) > 0 || give.compareTo(refundableGive()) > 0) {
            throw new IllegalStateException("recharge " + rechargeCode + " has less left to refund");
        }
        refunded = refunded.add(actual);
        giveRefunded = giveRefunded.add(give);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public Long getCardId() { return cardId; }
    public void setCardId(Long cardId) { this.cardId = cardId; }
    public String getRechargeCode() { return rechargeCode; }
    public void setRechargeCode(String rechargeCode) { this.rechargeCode = rechargeCode; }
    public BigDecimal getMoney() { return money; }
    public void setMoney(BigDecimal money) { this.money = money; }
    public BigDecimal getPayMoney() { return payMoney; }
    public void setPayMoney(BigDecimal payMoney) { this.payMoney = payMoney; }
    public BigDecimal getGiveMoney() { return giveMoney; }
    public void setGiveMoney(BigDecimal giveMoney) { this.giveMoney = giveMoney; }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public BigDecimal getRefunded() { return refunded; }
    public void setRefunded(BigDecimal refunded) { this.refunded = refunded; }
    public BigDecimal getGiveRefunded() { return giveRefunded; }
    public void setGiveRefunded(BigDecimal giveRefunded) { this.giveRefunded = giveRefunded; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public Long getShopId() { return shopId; }
    public void setShopId(Long shopId) { this.shopId = shopId; }
    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}

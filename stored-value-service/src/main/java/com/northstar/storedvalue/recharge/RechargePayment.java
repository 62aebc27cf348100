package com.northstar.storedvalue.recharge;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.northstar.storedvalue.support.PaymentType;
import java.math.BigDecimal;

/** One part of a recharge's payment split ({@code details}); refunds go back along it. */
@TableName("recharge_payment")
public class RechargePayment {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private Long rechargeId;
    private Integer paymentType;
    private BigDecimal money;
    private BigDecimal refunded;

    static RechargePayment of(long rechargeId, PaymentType type, BigDecimal money) {
        RechargePayment part = new RechargePayment();
        part.rechargeId = rechargeId;
        part.paymentType = type.code();
        part.money = money;
        part.refunded = new BigDecimal("0.00");
        return part;
    }

    public BigDecimal refundable() {
        return money.subtract(refunded);
    }

    public void refund(BigDecimal amount) {
        if (amount.compareTo(refundable()) > 0) {
            throw new IllegalStateException("payment part " + id + " has less left to refund");
        }
        refunded = refunded.add(amount);
    }

    public PaymentType type() {
        return PaymentType.of(paymentType);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public Long getRechargeId() { return rechargeId; }
    public void setRechargeId(Long rechargeId) { this.rechargeId = rechargeId; }
    public Integer getPaymentType() { return paymentType; }
    public void setPaymentType(Integer paymentType) { this.paymentType = paymentType; }
    public BigDecimal getMoney() { return money; }
    public void setMoney(BigDecimal money) { this.money = money; }
    public BigDecimal getRefunded() { return refunded; }
    public void setRefunded(BigDecimal refunded) { this.refunded = refunded; }
}

package com.northstar.storedvalue.refund;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;

/** One part of a #32 refund: how much goes back along one part of a recharge's payment split. */
@TableName("balance_refund_detail")
class BalanceRefundDetail {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private Long refundId;
    private Long rechargePaymentId;
    private Long rechargeId;
    private Integer paymentType;
    private BigDecimal money;

    static BalanceRefundDetail of(long refundId, RefundPlan.Part part) {
        BalanceRefundDetail detail = new BalanceRefundDetail();
        detail.refundId = refundId;
        detail.rechargePaymentId = part.payment().getId();
        detail.rechargeId = part.payment().getRechargeId();
        detail.paymentType = part.payment().getPaymentType();
        detail.money = part.money();
        return detail;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public Long getRefundId() { return refundId; }
    public void setRefundId(Long refundId) { this.refundId = refundId; }
    public Long getRechargePaymentId() { return rechargePaymentId; }
    public void setRechargePaymentId(Long rechargePaymentId) { this.rechargePaymentId = rechargePaymentId; }
    public Long getRechargeId() { return rechargeId; }
    public void setRechargeId(Long rechargeId) { this.rechargeId = rechargeId; }
    public Integer getPaymentType() { return paymentType; }
    public void setPaymentType(Integer paymentType) { this.paymentType = paymentType; }
    public BigDecimal getMoney() { return money; }
    public void setMoney(BigDecimal money) { this.money = money; }
}

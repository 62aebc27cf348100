package com.northstar.storedvalue.refund;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.northstar.storedvalue.tenancy.Till;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Money paid back out of a card: one recharge (#31), stored value along the split (#32) or a returned card (#30). */
@TableName("balance_refund")
class BalanceRefund {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private Long cardId;
    private String billNo;
    private RefundKind kind;
    private BigDecimal money;
    private BigDecimal payMoney;
    private BigDecimal giveMoney;
    private Integer paymentType;
    private Long rechargeId;
    private String remark;
    private Long shopId;
    private String operator;
    private LocalDateTime createdAt;

    static BalanceRefund of(RefundKind kind, long cardId, String billNo, BigDecimal actual, BigDecimal give,
            Integer paymentType, Long rechargeId, String remark, Till till, LocalDateTime now) {
        BalanceRefund refund = new BalanceRefund();
        refund.kind = kind;
        refund.cardId = cardId;
        refund.billNo = billNo;
        refund.money = actual.add(give);
        refund.payMoney = actual;
        refund.giveMoney = give;
        refund.paymentType = paymentType;
        refund.rechargeId = rechargeId;
        refund.remark = remark;
        refund.shopId = till.shopId();
        refund.operator = till.operator();
        refund.createdAt = now;
        return refund;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public Long getCardId() { return cardId; }
    public void setCardId(Long cardId) { this.cardId = cardId; }
    public String getBillNo() { return billNo; }
    public void setBillNo(String billNo) { this.billNo = billNo; }
    public RefundKind getKind() { return kind; }
    public void setKind(RefundKind kind) { this.kind = kind; }
    public BigDecimal getMoney() { return money; }
    public void setMoney(BigDecimal money) { this.money = money; }
    public BigDecimal getPayMoney() { return payMoney; }
    public void setPayMoney(BigDecimal payMoney) { this.payMoney = payMoney; }
    public BigDecimal getGiveMoney() { return giveMoney; }
    public void setGiveMoney(BigDecimal giveMoney) { this.giveMoney = giveMoney; }
    public Integer getPaymentType() { return paymentType; }
    public void setPaymentType(Integer paymentType) { this.paymentType = paymentType; }
    public Long getRechargeId() { return rechargeId; }
    public void setRechargeId(Long rechargeId) { this.rechargeId = rechargeId; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public Long getShopId() { return shopId; }
    public void setShopId(Long shopId) { this.shopId = shopId; }
    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}

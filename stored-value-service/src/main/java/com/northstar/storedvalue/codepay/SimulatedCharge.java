package com.northstar.storedvalue.codepay;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A charge on the simulator's books. Its outcome is decided by the payment code's last digit: 0-6 paid, 7
 * confirmation failed, 8 unknown until {@code unknownFor} after the charge and paid from then on, 9 code expired.
 */
@TableName("simulated_provider_charge")
class SimulatedCharge {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private String orderCode;
    private String tradeNo;
    private BigDecimal money;
    private Integer lastDigit;
    private Long chargedAt;

    static SimulatedCharge of(String payCode, String orderCode, BigDecimal money, String tradeNo, long nowMillis) {
        SimulatedCharge charge = new SimulatedCharge();
        charge.orderCode = orderCode;
        charge.tradeNo = tradeNo;
        charge.money = money;
        charge.lastDigit = Character.digit(payCode.charAt(payCode.length() - 1), 10);
        charge.chargedAt = nowMillis;
        return charge;
    }

    ProviderOutcome outcomeAt(long nowMillis, Duration unknownFor) {
        CodePaymentState state = switch (lastDigit) {
            case 7 -> CodePaymentState.FAILED;
            case 8 -> nowMillis - chargedAt >= unknownFor.toMillis() ? CodePaymentState.PAID : CodePaymentState.UNKNOWN;
            case 9 -> CodePaymentState.CODE_EXPIRED;
            default -> CodePaymentState.PAID;
        };
        return new ProviderOutcome(state, tradeNo);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public String getOrderCode() { return orderCode; }
    public void setOrderCode(String orderCode) { this.orderCode = orderCode; }
    public String getTradeNo() { return tradeNo; }
    public void setTradeNo(String tradeNo) { this.tradeNo = tradeNo; }
    public BigDecimal getMoney() { return money; }
    public void setMoney(BigDecimal money) { this.money = money; }
    public Integer getLastDigit() { return lastDigit; }
    public void setLastDigit(Integer lastDigit) { this.lastDigit = lastDigit; }
    public Long getChargedAt() { return chargedAt; }
    public void setChargedAt(Long chargedAt) { this.chargedAt = chargedAt; }
}

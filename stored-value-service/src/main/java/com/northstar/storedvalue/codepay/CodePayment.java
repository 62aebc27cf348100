package com.northstar.storedvalue.codepay;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.northstar.platform.core.hmac.HmacSignature;
import com.northstar.storedvalue.tenancy.Till;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/**
 * #25: the charge of a scanned payment code for one order of a tenant. The payment code itself is not kept (it is
 * a payer's one-time credential): only its last four digits, for a cashier, and its hash, to tell a retry from a
 * request with other content.
 */
@TableName("code_payment")
class CodePayment {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private String orderCode;
    private BigDecimal money;
    private String payCodeMasked;
    private String payCodeHash;
    private Integer paymentType;
    private CodePaymentState state;
    private String providerTradeNo;
    private Long shopId;
    private String operator;
    private Long userId;
    private String userName;
    private Long outcomeAt;
    private LocalDateTime createdAt;

    /** The claim of {@code request}'s order code, with its checked {@code payCode}, {@code money} and type. */
    static CodePayment claimed(CodePaymentRequest request, String orderCode, String payCode, BigDecimal money,
            CodePaymentType type, Till till, long nowMillis, LocalDateTime now) {
        CodePayment payment = new CodePayment();
        int shown = Math.max(0, payCode.length() - 4);
        payment.orderCode = orderCode;
        payment.money = money;
        payment.payCodeMasked = "*".repeat(shown) + payCode.substring(shown);
        payment.payCodeHash = hash(payCode);
        payment.paymentType = type.code();
        payment.state = CodePaymentState.PAYING;
        payment.shopId = till.shopId();
        payment.operator = till.operator();
        payment.userId = request.userId();
        payment.userName = request.userName();
        payment.outcomeAt = nowMillis;
        payment.createdAt = now;
        return payment;
    }

    /** Whether {@code payCode} and {@code money} are what this payment charges (a retry, not other content). */
    boolean charges(String payCode, BigDecimal money) {
        return payCodeHash.equals(hash(payCode)) && this.money.compareTo(money) == 0;
    }

    /**
     * Takes in what the provider said, if it moves this payment (a known outcome is never undone by an unknown one);
     * returns whether it moved.
     */
    boolean learn(ProviderOutcome told, long nowMillis) {
        if (!state.canMoveTo(told.state())) {
            return false;
        }
        state = told.state();
        if (told.tradeNo() != null) {
            providerTradeNo = told.tradeNo();
        }
        outcomeAt = nowMillis;
        return true;
    }

    private static String hash(String payCode) {
        return HmacSignature.sha256Hex(payCode.getBytes(StandardCharsets.UTF_8));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public String getOrderCode() { return orderCode; }
    public void setOrderCode(String orderCode) { this.orderCode = orderCode; }
    public BigDecimal getMoney() { return money; }
    public void setMoney(BigDecimal money) { this.money = money; }
    public String getPayCodeMasked() { return payCodeMasked; }
    public void setPayCodeMasked(String payCodeMasked) { this.payCodeMasked = payCodeMasked; }
    public String getPayCodeHash() { return payCodeHash; }
    public void setPayCodeHash(String payCodeHash) { this.payCodeHash = payCodeHash; }
    public Integer getPaymentType() { return paymentType; }
    public void setPaymentType(Integer paymentType) { this.paymentType = paymentType; }
    public CodePaymentState getState() { return state; }
    public void setState(CodePaymentState state) { this.state = state; }
    public String getProviderTradeNo() { return providerTradeNo; }
    public void setProviderTradeNo(String providerTradeNo) { this.providerTradeNo = providerTradeNo; }
    public Long getShopId() { return shopId; }
    public void setShopId(Long shopId) { this.shopId = shopId; }
    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }
    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public String getUserName() { return userName; }
    public void setUserName(String userName) { this.userName = userName; }
    public Long getOutcomeAt() { return outcomeAt; }
    public void setOutcomeAt(Long outcomeAt) { this.outcomeAt = outcomeAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}

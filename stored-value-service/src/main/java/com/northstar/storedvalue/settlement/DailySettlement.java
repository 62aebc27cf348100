package com.northstar.storedvalue.settlement;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.northstar.storedvalue.support.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** #16: a shop's settled business day, its totals summed from that day's ledger lines at the shop. */
@TableName("daily_settlement")
public class DailySettlement {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tenantId;
    private Long shopId;
    private LocalDate businessDay;
    private BigDecimal rechargeActual = Money.ZERO;
    private BigDecimal rechargeGive = Money.ZERO;
    private BigDecimal expenseActual = Money.ZERO;
    private BigDecimal expenseGive = Money.ZERO;
    private BigDecimal refundActual = Money.ZERO;
    private BigDecimal refundGive = Money.ZERO;
    private Integer ledgerLines = 0;
    private String operator;
    private LocalDateTime settledAt;

    /** The settlement of {@code day} at {@code shopId} from the sums of its ledger lines by kind. */
    static DailySettlement of(long shopId, LocalDate day, List<LedgerKindTotal> totals, String operator,
            LocalDateTime now) {
        DailySettlement settlement = new DailySettlement();
        settlement.shopId = shopId;
        settlement.businessDay = day;
        settlement.operator = operator;
        settlement.settledAt = now;
        totals.forEach(settlement::add);
        return settlement;
    }

    private void add(LedgerKindTotal total) {
        SettlementColumn column = SettlementColumn.of(total.getKind());
        BigDecimal sign = BigDecimal.valueOf(column.sign());
        BigDecimal actual = total.getActual().multiply(sign);
        BigDecimal give = total.getGive().multiply(sign);
        switch (column) {
            case RECHARGE -> {
                rechargeActual = rechargeActual.add(actual);
                rechargeGive = rechargeGive.add(give);
            }
            case EXPENSE -> {
                expenseActual = expenseActual.add(actual);
                expenseGive = expenseGive.add(give);
            }
            case REFUND -> {
                refundActual = refundActual.add(actual);
                refundGive = refundGive.add(give);
            }
            case NO_MONEY -> {
                if (total.getActual().signum() != 0 || total.getGive().signum() != 0) {
                    throw new IllegalStateException(total.getKind() + " lines moved money");
                }
            }
        }
        ledgerLines += total.getLineCount();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTenantId() { return tenantId; }
    public void setTenantId(Long tenantId) { this.tenantId = tenantId; }
    public Long getShopId() { return shopId; }
    public void setShopId(Long shopId) { this.shopId = shopId; }
    public LocalDate getBusinessDay() { return businessDay; }
    public void setBusinessDay(LocalDate businessDay) { this.businessDay = businessDay; }
    public BigDecimal getRechargeActual() { return rechargeActual; }
    public void setRechargeActual(BigDecimal rechargeActual) { this.rechargeActual = rechargeActual; }
    public BigDecimal getRechargeGive() { return rechargeGive; }
    public void setRechargeGive(BigDecimal rechargeGive) { this.rechargeGive = rechargeGive; }
    public BigDecimal getExpenseActual() { return expenseActual; }
    public void setExpenseActual(BigDecimal expenseActual) { this.expenseActual = expenseActual; }
    public BigDecimal getExpenseGive() { return expenseGive; }
    public void setExpenseGive(BigDecimal expenseGive) { this.expenseGive = expenseGive; }
    public BigDecimal getRefundActual() { return refundActual; }
    public void setRefundActual(BigDecimal refundActual) { this.refundActual = refundActual; }
    public BigDecimal getRefundGive() { return refundGive; }
    public void setRefundGive(BigDecimal refundGive) { this.refundGive = refundGive; }
    public Integer getLedgerLines() { return ledgerLines; }
    public void setLedgerLines(Integer ledgerLines) { this.ledgerLines = ledgerLines; }
    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }
    public LocalDateTime getSettledAt() { return settledAt; }
    public void setSettledAt(LocalDateTime settledAt) { this.settledAt = settledAt; }
}

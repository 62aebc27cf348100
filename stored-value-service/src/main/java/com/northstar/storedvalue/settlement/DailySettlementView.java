package com.northstar.storedvalue.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One settled business day of a shop as svSettlementHistory answers it: the totals {@link DailySettlement} stored,
 * each as actual (paid) and give (bonus) money and their sum, named like the member view's totals.
 */
public record DailySettlementView(Long shopId, LocalDate businessDay, BigDecimal totalRecharge,
        BigDecimal actualRecharge, BigDecimal giveRecharge, BigDecimal totalExpense, BigDecimal actualExpense,
        BigDecimal giveExpense, BigDecimal totalRefund, BigDecimal actualRefund, BigDecimal giveRefund,
        Integer ledgerLines, String operator, LocalDateTime settledAt) {

    static DailySettlementView of(DailySettlement day) {
        return new DailySettlementView(day.getShopId(), day.getBusinessDay(),
                day.getRechargeActual().add(day.getRechargeGive()), day.getRechargeActual(), day.getRechargeGive(),
                day.getExpenseActual().add(day.getExpenseGive()), day.getExpenseActual(), day.getExpenseGive(),
                day.getRefundActual().add(day.getRefundGive()), day.getRefundActual(), day.getRefundGive(),
                day.getLedgerLines(), day.getOperator(), day.getSettledAt());
    }
}

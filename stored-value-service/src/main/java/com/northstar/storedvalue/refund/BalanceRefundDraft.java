package com.northstar.storedvalue.refund;

import java.math.BigDecimal;
import java.util.List;

/** #18: a stored-value refund prefilled with the original payment split, in the seed's field order. */
record BalanceRefundDraft(String timestampNow, BigDecimal refundMoney, List<Detail> details, String cardCode,
        String mac, Integer paymentType, String rechargeCode, BigDecimal money, BigDecimal payMoney,
        BigDecimal giveMoney, String remark, String timestamp, String billNo, Long userId, Long id) {

    record Detail(Long recordId, Integer paymentType, String paymentTypeName, BigDecimal money, Long id) {
    }
}

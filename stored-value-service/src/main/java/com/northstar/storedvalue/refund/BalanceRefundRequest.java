package com.northstar.storedvalue.refund;

import java.math.BigDecimal;
import java.util.List;

/** #27/#32 body, the shape of the #18 draft: {@code details} name the payment parts to refund along. */
record BalanceRefundRequest(String timestampNow, BigDecimal refundMoney, List<Detail> details, String cardCode,
        String mac, Integer paymentType, String rechargeCode, BigDecimal money, BigDecimal payMoney,
        BigDecimal giveMoney, String remark, String timestamp, String billNo, Long userId, Long id) {

    /** One part: {@code id} is the recharge payment part, {@code recordId} its recharge. */
    record Detail(Long recordId, Integer paymentType, String paymentTypeName, BigDecimal money, Long id) {
    }
}

package com.northstar.storedvalue.refund;

import java.math.BigDecimal;

/** #17: the latest refundable recharge of a card, prefilled as a #31 body, in the seed's field order. */
record RechargeRefundDraft(String cardCode, String mac, Integer paymentType, String rechargeCode, BigDecimal money,
        BigDecimal payMoney, BigDecimal giveMoney, String remark, String timestamp, String billNo, Long userId,
        Long id) {
}

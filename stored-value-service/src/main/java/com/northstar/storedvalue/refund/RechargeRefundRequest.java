package com.northstar.storedvalue.refund;

import java.math.BigDecimal;

/** #31 body: refunds recharge {@code rechargeCode} and its bonus; {@code billNo} is the refund's serial. */
record RechargeRefundRequest(String cardCode, String mac, Integer paymentType, String rechargeCode, BigDecimal money,
        BigDecimal payMoney, BigDecimal giveMoney, String remark, String timestamp, String billNo, Long userId,
        Long id) {
}

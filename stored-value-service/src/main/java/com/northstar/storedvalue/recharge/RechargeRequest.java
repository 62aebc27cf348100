package com.northstar.storedvalue.recharge;

import java.math.BigDecimal;
import java.util.List;

/**
 * #29 body. {@code payMoney} is paid (split over {@code details}) and credited as actual money, {@code giveMoney}
 * as bonus; {@code money}, the recharge's face value, is {@code payMoney} or {@code payMoney + giveMoney}. {@code id},
 * when it names one of the tenant's recharge plans, buys that plan instead.
 */
public record RechargeRequest(String cardCode, String mac, BigDecimal money, BigDecimal payMoney, BigDecimal giveMoney,
        String remark, String timestamp, Long userId, List<PaymentPart> details, Long id) {

    /** One part of the payment split. */
    public record PaymentPart(Integer paymentType, BigDecimal money, Long id) {
    }
}

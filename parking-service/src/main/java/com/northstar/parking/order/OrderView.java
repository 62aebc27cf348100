package com.northstar.parking.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order as 续费购买车位下单接口's table lists it: dates are epoch-ms strings, {@code amount} yuan with two
 * decimals, {@code count} and {@code orderType} integers, {@code isAuditBeforePay} "0" yes / "1" no (the seed's
 * 0:是,1:否), {@code paySucDt} null until paid.
 */
record OrderView(String userInfoId, String omPrOrderId, String omPrCardId, String productName, String productId,
        String productVId, int count, String startDt, String endDt, BigDecimal amount, String state, String createDt,
        String isAuditBeforePay, String auditStateBeforePay, List<ExtraInfo> extraInfo, String cardType,
        String isLink, int orderType, String paySucDt) {
}

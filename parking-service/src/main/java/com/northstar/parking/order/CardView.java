package com.northstar.parking.order;

import java.math.BigDecimal;

/**
 * A card as the seed's {@code cardList[]} shows it: its product ({@code amount} the unit price in yuan as a string),
 * dates as epoch-ms strings, {@code state} (CardState) and {@code isExpire} (CardStatus) as codes, and its last
 * order's {@code orderState}, {@code auditStateBeforePay}, {@code orderAmount} (yuan) and {@code orderRemark}.
 */
public record CardView(String omPrCardId, String productId, String productVId, String amount, String unitType,
        String rentType, String lastOrderId, String orderRemark, String cmUserId, String userInfoId, String userName,
        String startDt, String endDt, String renewEndDt, String state, String remark, String createDt,
        String cardType, String auditStateBeforePay, String isExpire, String orderState, BigDecimal orderAmount) {
}

package com.northstar.parking.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * One order of the park's audit list: the order as 续费购买车位下单接口's table names its fields, who ordered it
 * ({@code name}, {@code phone}, {@code carNums} as the user views name them), the park, the orgs the order was made
 * for, and the decision once made ({@code auditRemark}, {@code auditedBy}, {@code auditDt}). Dates are epoch-ms
 * strings, {@code amount} yuan.
 */
record AuditOrderView(String omPrOrderId, String omPrCardId, String userInfoId, String name, String phone,
        String carNums, String pmParkId, String parkName, String productName, int count, String startDt,
        String endDt, BigDecimal amount, String state, String createDt, int orderType, String auditStateBeforePay,
        String auditRemark, String auditedBy, String auditDt, String duplicateCode, String firstOrgName,
        String firstOrgCode, String secondOrgName, String secondOrgCode, List<ExtraInfo> extraInfo) {

    AuditOrderView withCarNums(String plates) {
        return new AuditOrderView(omPrOrderId, omPrCardId, userInfoId, name, phone, plates, pmParkId, parkName,
                productName, count, startDt, endDt, amount, state, createDt, orderType, auditStateBeforePay,
                auditRemark, auditedBy, auditDt, duplicateCode, firstOrgName, firstOrgCode, secondOrgName,
                secondOrgCode, extraInfo);
    }
}

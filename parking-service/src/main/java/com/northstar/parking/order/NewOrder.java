package com.northstar.parking.order;

import java.time.LocalDateTime;

/** A renewal order as {@link Renewals} creates it; {@code audit} is AWAITING or null (no audit before payment). */
record NewOrder(String id, String cardId, String userId, String productId, String productVersionId,
        String productName, String priceType, int count, LocalDateTime startDt, LocalDateTime endDt, long amountFen,
        int orderType, String cardType, String isLink, AuditState audit, String extraInfoJson, String duplicateCode,
        String userDepartment, String firstOrgName, String firstOrgCode, String secondOrgName, String secondOrgCode,
        LocalDateTime createdAt) {
}

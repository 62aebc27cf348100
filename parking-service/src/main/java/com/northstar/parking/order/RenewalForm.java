package com.northstar.parking.order;

/**
 * The text fields of 续费购买车位下单接口 as a browser's multipart form sends them ({@code files} are parts of their
 * own). The seed names the staff number both {@code duplicateCode} (its table) and {@code userCode} (its example):
 * either is accepted.
 */
record RenewalForm(String omPrCardId, String pmSetrentId, String productVId, String priceType, String userInfoId,
        String duplicateCode, String userCode, String userDepartment, String extraDataJson, String firstOrgName,
        String firstOrgCode, String secondOrgName, String secondOrgCode) {

    String staffNumber() {
        return duplicateCode != null && !duplicateCode.isBlank() ? duplicateCode : userCode;
    }
}

package com.northstar.parking.order;

import java.util.function.Function;

/**
 * The text fields of 续费购买车位下单接口 as a browser's multipart form sends them ({@code files} are parts of their
 * own). The seed names the staff number both {@code duplicateCode} (its table) and {@code userCode} (its example):
 * either is accepted.
 */
record RenewalForm(String omPrCardId, String pmSetrentId, String productVId, String priceType, String userInfoId,
        String duplicateCode, String userCode, String userDepartment, String extraDataJson, String firstOrgName,
        String firstOrgCode, String secondOrgName, String secondOrgCode) {

    /**
     * The form's fields. The multipart body is parsed first by Spring ({@code getMultiFileMap}), so a part over the
     * size limits is a 413 before any field is read.
     */
    static RenewalForm of(Function<String, String> field) {
        return new RenewalForm(field.apply("omPrCardId"), field.apply("pmSetrentId"), field.apply("productVId"),
                field.apply("priceType"), field.apply("userInfoId"), field.apply("duplicateCode"),
                field.apply("userCode"), field.apply("userDepartment"), field.apply("extraDataJson"),
                field.apply("firstOrgName"), field.apply("firstOrgCode"), field.apply("secondOrgName"),
                field.apply("secondOrgCode"));
    }

    String staffNumber() {
        return duplicateCode != null && !duplicateCode.isBlank() ? duplicateCode : userCode;
    }
}

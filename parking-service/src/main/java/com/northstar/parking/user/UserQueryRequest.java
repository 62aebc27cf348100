package com.northstar.parking.user;

/** {@code isOverDuplicate}: "0" overwrites the stored staff number with {@code duplicateCode}, "1" (default) keeps it. */
record UserQueryRequest(String carNum, String name, String pmParkId, String phone, String duplicateCode,
        String phoneCode, String isOverDuplicate) {
}

package com.northstar.member.member;

/** One member of {@code memberStoreQuery} (seed 2.2.14); {@code createDate} is {@code yyyy-MM-dd HH:mm}. */
record StoreMemberView(String merchantId, String userName, String phoneNo, String idCardStateStr, String inviter,
        String shareCode, String sex, String birthday, String createDate) {
}

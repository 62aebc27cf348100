package com.northstar.storedvalue.gift;

/** #37 body. */
record GiftRedeemRequest(String cardCode, String mac, Long giftId, String remark, String timestamp, Long userId,
        Long id) {
}

package com.northstar.storedvalue.lifecycle;

/**
 * #33-#36 bodies alike: #33 report loss (no mac: the card is gone), #34 cancel loss (mac), #35 replace
 * ({@code cardCode}/{@code mac} the new card, {@code oldCardCode} the one it replaces), #36 void (cardCode only).
 */
record CardLifecycleRequest(String cardCode, String mac, String oldCardCode, String remark, String timestamp,
        Long userId, Long id) {
}

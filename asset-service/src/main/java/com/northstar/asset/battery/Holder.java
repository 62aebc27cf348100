package com.northstar.asset.battery;

/** The user a battery is handed to, as the binding names them. */
public record Holder(String userId, String userName, String userPhone) {
}

package com.northstar.parking.user;

/** A plate and the channel it came by ("9": the app; only those may be deleted). */
record CarView(String carNum, String channel) {
}

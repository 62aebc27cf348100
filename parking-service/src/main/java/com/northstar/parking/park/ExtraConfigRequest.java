package com.northstar.parking.park;

record ExtraConfigRequest(String pmParkId) {
}

package com.northstar.parking.park;

record OrgQueryRequest(String pmParkId, String orgCode) {
}

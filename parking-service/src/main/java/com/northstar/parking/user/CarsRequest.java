package com.northstar.parking.user;

/** parkingCarAdd ({@code addCarNums}) and parkingCarDelete ({@code delCarNums}): comma-separated plates. */
record CarsRequest(String addCarNums, String delCarNums, String userInfoId) {
}

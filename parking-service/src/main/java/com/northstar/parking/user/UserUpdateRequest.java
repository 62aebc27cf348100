package com.northstar.parking.user;

record UserUpdateRequest(String pmSetrentUserinfoId, String name, String phone) {
}

package com.northstar.parking.user;

record ByCardRequest(String omPrCardId) {
}

package com.northstar.gateway.devtokens;

record DevTokenResponse(String token) {
}

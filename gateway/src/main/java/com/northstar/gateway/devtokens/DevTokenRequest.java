package com.northstar.gateway.devtokens;

import java.util.List;

/** The body of {@code POST /dev/tokens}: the claims of the token to mint. */
record DevTokenRequest(String sub, List<String> roles, List<String> merchantIds, String tenantId,
        List<String> shopIds) {
}

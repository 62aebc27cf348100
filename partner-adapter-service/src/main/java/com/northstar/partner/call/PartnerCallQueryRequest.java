package com.northstar.partner.call;

import java.time.LocalDateTime;

/** partnerCallQuery's body: every filter optional; {@code createdFrom} inclusive, {@code createdTo} exclusive. */
record PartnerCallQueryRequest(CallOperation operation, CallState state, String key, LocalDateTime createdFrom,
        LocalDateTime createdTo, Integer pageNo, Integer pageSize) {

    static final PartnerCallQueryRequest EVERYTHING = new PartnerCallQueryRequest(null, null, null, null, null, null,
            null);
}

package com.northstar.partner.call;

import jakarta.validation.constraints.NotNull;

/** partnerCallRetry's body. */
record PartnerCallRetryRequest(@NotNull Long id) {
}

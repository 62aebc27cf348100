package com.northstar.swaporder.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code swapOrderAbnormalHandle} (seed 000 §2.2.7). {@code operatorId} and {@code operatorName} are
 * required of a PARTNER, which names the operator it acts for; for OPS callers they are optional and ignored, the
 * operator being the verified caller (see {@link Operator}).
 */
record AbnormalHandleRequest(
        @NotNull Long orderId,
        @NotBlank @Size(max = 500) String remark,
        @Size(max = 64) String operatorId,
        @Size(max = 64) String operatorName) {
}

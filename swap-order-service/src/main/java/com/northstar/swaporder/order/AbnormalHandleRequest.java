package com.northstar.swaporder.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code swapOrderAbnormalHandle} (seed 000 §2.2.7); every field is required. */
record AbnormalHandleRequest(
        @NotNull Long orderId,
        @NotBlank @Size(max = 500) String remark,
        @NotBlank @Size(max = 64) String operatorId,
        @NotBlank @Size(max = 64) String operatorName) {
}

package com.northstar.deposit.refund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code depositRefundApply}: the member's phone and why it wants its deposit back. */
record RefundApplyRequest(@NotBlank @Size(max = 20) String phoneNo, @Size(max = 255) String reason) {
}

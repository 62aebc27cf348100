package com.northstar.deposit.refund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code depositRefundConfirm} (2.2.24): the member's {@code phoneNo}. The seed's request has nothing else;
 * a back office may also send what 2.2.23 shows of the confirmation (stored as sent, optional).
 */
record RefundConfirmRequest(@NotBlank @Size(max = 20) String phoneNo, @Size(max = 255) String merchantConfirmInfo,
        @Size(max = 500) String merchantUploadImg, @Size(max = 255) String remark) {
}

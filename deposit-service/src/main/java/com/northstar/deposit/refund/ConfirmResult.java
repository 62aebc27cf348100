package com.northstar.deposit.refund;

/** {@code data} of {@code depositRefundConfirm} (2.2.24). */
record ConfirmResult(boolean success) {
}

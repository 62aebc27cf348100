package com.northstar.deposit.refund;

/** {@code data} of {@code depositRefundApply}: the application's id (the {@code id} of 2.2.22/2.2.23). */
record AppliedRefund(long id) {
}

package com.northstar.swaporder.order;

/** {@code data} of {@code swapOrderAbnormalHandle}: {@code result} 1 handled now, 0 it already was. */
record AbnormalHandleResult(int result) {

    static final AbnormalHandleResult HANDLED = new AbnormalHandleResult(1);
    static final AbnormalHandleResult ALREADY_HANDLED = new AbnormalHandleResult(0);
}

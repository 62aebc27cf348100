package com.northstar.parking.order;

/** The seed's PrPayStateEnum of a payment ({@code payState}), written by name: CREATE, PAID, APPLY_REFUND, REFUNDED. */
enum PayState {
    /** 0 发起支付 */
    CREATE,
    /** 1 支付成功 */
    PAID,
    /** 2 已申请退款 */
    APPLY_REFUND,
    /** 3 已经退款 */
    REFUNDED
}

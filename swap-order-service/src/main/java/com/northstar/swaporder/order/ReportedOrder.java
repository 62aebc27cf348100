package com.northstar.swaporder.order;

/** {@code data} of {@code swapOrderReport}; also the answer stored for replays of the same deviceOrderId. */
record ReportedOrder(Long orderId) {
}

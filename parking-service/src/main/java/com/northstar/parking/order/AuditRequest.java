package com.northstar.parking.order;

/** parkingAuditDecide: {@code auditStateBeforePay} "03" approves, "04" rejects. */
record AuditRequest(String omPrOrderId, String auditStateBeforePay, String remark) {
}

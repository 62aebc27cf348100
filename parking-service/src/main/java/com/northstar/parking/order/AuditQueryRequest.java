package com.northstar.parking.order;

/**
 * parkingAuditQuery: orders audited before payment, by their {@code auditStateBeforePay} ("01" awaiting the park's
 * decision when left out, "03" approved, "04" rejected), optionally of one park ({@code pmParkId}), one org
 * ({@code orgCode}, first- or second-level) and one plate of the ordering user ({@code carNum}); paged like seed 000
 * ({@code pageNo} from 1, {@code pageSize} 20 when left out).
 */
record AuditQueryRequest(String pmParkId, String orgCode, String carNum, String auditStateBeforePay, Integer pageNo,
        Integer pageSize) {
}

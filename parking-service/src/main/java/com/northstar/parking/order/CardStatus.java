package com.northstar.parking.order;

import java.time.LocalDateTime;

/**
 * A card's {@code isExpire} (卡状态): while its last order is unpaid and audited before payment, where that audit
 * stands (2 awaiting, 3 approved, 4 rejected); otherwise 0 in use until {@code renewEndDt}, then 1 expired.
 */
public enum CardStatus {

    IN_USE("0"),
    EXPIRED("1"),
    AUDITING("2"),
    AUDITED("3"),
    AUDIT_REJECTED("4");

    private final String code;

    CardStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CardStatus of(LocalDateTime renewEndDt, OrderState lastOrder, AuditState lastAudit,
            LocalDateTime now) {
        if (lastOrder == OrderState.CREATED && lastAudit != null) {
            return switch (lastAudit) {
                case AWAITING -> AUDITING;
                case APPROVED -> AUDITED;
                case REJECTED -> AUDIT_REJECTED;
            };
        }
        return renewEndDt != null && now.isBefore(renewEndDt) ? IN_USE : EXPIRED;
    }
}

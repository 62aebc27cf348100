-- parkingAuditQuery lists orders by audit state, awaiting ones oldest first: one index range, already in order.
CREATE INDEX idx_order_audit ON parking_order (audit_state, created_at);

-- The retention sweep deletes by age; these keep it from scanning the whole table.
CREATE INDEX idx_processed_event_processed_at ON processed_event (processed_at);
CREATE INDEX idx_idempotency_key_created_at ON idempotency_key (created_at);

-- An event that keeps failing is parked (a dead letter for an operator) instead of being retried forever.
ALTER TABLE outbox_event ADD COLUMN parked_at DATETIME(3) NULL;

-- The relay reads the due events: neither published nor parked, oldest first; the cleanup deletes by published_at.
DROP INDEX idx_outbox_pending ON outbox_event;
CREATE INDEX idx_outbox_due ON outbox_event (published_at, parked_at, id);

-- Per-key order: is there an earlier pending event of the same topic and key that is still backing off?
CREATE INDEX idx_outbox_key_pending ON outbox_event (topic, message_key, published_at, parked_at, id);

-- The W3C traceparent of the span that recorded the event: the relay sends it as a Kafka header, so the consumer's
-- span continues the producer's trace across the outbox.
ALTER TABLE outbox_event ADD COLUMN trace_parent VARCHAR(64) NULL;

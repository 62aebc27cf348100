-- The W3C traceparent of the span that recorded the call (the consumer of the event that asked for it): its
-- deliveries, whenever and by whichever instance, continue that trace up to Weichuang.
ALTER TABLE partner_call ADD COLUMN trace_parent VARCHAR(64) NULL;

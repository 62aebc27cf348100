-- Calls that change something at Weichuang (binding update, migration done, deposit refund), written in the
-- transaction of the event that asked for them and delivered by the dispatcher until Weichuang answers.
CREATE TABLE partner_call (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    operation       VARCHAR(32)  NOT NULL,          -- CallOperation
    call_key        VARCHAR(64)  NOT NULL,          -- batteryCode / phoneNo / refundNo: calls of a key go in id order
    request_json    TEXT         NOT NULL,          -- the body sent on every attempt, unchanged (same refundNo)
    state           VARCHAR(16)  NOT NULL,          -- CallState
    attempts        INT          NOT NULL,          -- dispatcher rounds (each with its in-process retries)
    next_attempt_at DATETIME(3)  NOT NULL,
    claim_token     VARCHAR(36)  NULL,              -- who delivers it now; compare-and-set, so one instance at a time
    claimed_until   DATETIME(3)  NULL,              -- a crashed instance's claim ends here
    last_error      VARCHAR(500) NULL,
    source_event_id VARCHAR(64)  NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    -- The dispatcher's round: open calls that are due, oldest due first.
    KEY idx_partner_call_due (state, next_attempt_at),
    -- "Is an earlier call of this key still open?" (the per-key order) and partnerCallQuery by operation and key.
    KEY idx_partner_call_key (operation, call_key, id),
    -- partnerCallQuery's time range and newest-first paging.
    KEY idx_partner_call_created (created_at)
) ENGINE = InnoDB;

-- Every HTTP attempt of every Weichuang call, lookups too (call_id NULL); phone and ID numbers masked.
CREATE TABLE partner_call_attempt (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    call_id        BIGINT        NULL,
    operation      VARCHAR(32)   NOT NULL,
    request_id     VARCHAR(64)   NOT NULL,          -- sent as X-Request-Id
    attempt        INT           NOT NULL,          -- 1.. within one in-process retry sequence
    http_status    INT           NULL,              -- NULL: no HTTP answer (timeout, reset, refused connection)
    outcome        VARCHAR(24)   NOT NULL,          -- CallLog.Outcome
    latency_ms     BIGINT        NOT NULL,
    masked_request VARCHAR(1000) NULL,
    error          VARCHAR(1000) NULL,
    attempted_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    -- The last attempts of the calls on a partnerCallQuery page.
    KEY idx_partner_call_attempt_call (call_id, id),
    -- The retention sweep deletes by age.
    KEY idx_partner_call_attempt_time (attempted_at)
) ENGINE = InnoDB;

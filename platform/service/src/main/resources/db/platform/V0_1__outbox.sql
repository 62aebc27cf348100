-- Events recorded in the business transaction and published to Kafka by the relay after commit.
-- idx_outbox_pending serves the relay's "oldest unpublished first" read.
CREATE TABLE outbox_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    event_id        VARCHAR(64)   NOT NULL,
    topic           VARCHAR(200)  NOT NULL,
    message_key     VARCHAR(200)  NOT NULL,
    event_type      VARCHAR(200)  NOT NULL,
    payload         MEDIUMTEXT    NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    published_at    DATETIME(3)   NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NULL,
    last_error      VARCHAR(1100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY idx_outbox_pending (published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per relay role: only the instance holding the lease publishes, which keeps events of a key in order.
CREATE TABLE outbox_lease (
    name       VARCHAR(64)  NOT NULL,
    owner      VARCHAR(64)  NULL,
    expires_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO outbox_lease (name, owner, expires_at) VALUES ('relay', NULL, '1970-01-01 00:00:00');

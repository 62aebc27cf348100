-- Answers of commands that must not run twice, by operation and the caller's key.
CREATE TABLE idempotency_key (
    operation    VARCHAR(100) NOT NULL,
    idem_key     VARCHAR(128) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    response     MEDIUMTEXT   NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (operation, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

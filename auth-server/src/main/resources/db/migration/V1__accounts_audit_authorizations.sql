-- People who log in. Roles and scopes are comma-separated lists of codes (OPS, MERCHANT, ...; M001, ...; 1, 2).
CREATE TABLE account (
    username              VARCHAR(64)  NOT NULL,
    password_hash         VARCHAR(255) NOT NULL,
    roles                 VARCHAR(255) NOT NULL,
    merchant_ids          VARCHAR(2000) NOT NULL DEFAULT '',
    tenant_id             VARCHAR(64)  NULL,
    shop_ids              VARCHAR(2000) NOT NULL DEFAULT '',
    enabled               BOOLEAN      NOT NULL,
    password_change_required BOOLEAN   NOT NULL,
    failed_logins         INT          NOT NULL DEFAULT 0,
    first_failed_at       DATETIME(3)  NULL,
    locked_until          DATETIME(3)  NULL,
    created_at            DATETIME(3)  NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,
    PRIMARY KEY (username)
) ENGINE=InnoDB;

-- Who did what to which account, from where: logins, failures, locks, unlocks and every change. Never a password.
CREATE TABLE auth_audit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(3)  NOT NULL,
    event       VARCHAR(32)  NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    username    VARCHAR(64)  NULL,
    actor       VARCHAR(64)  NULL,
    client_ip   VARCHAR(45)  NULL,
    detail      VARCHAR(255) NULL,
    PRIMARY KEY (id),
    KEY idx_auth_audit_username (username, occurred_at),
    KEY idx_auth_audit_occurred (occurred_at)
) ENGINE=InnoDB;

-- Spring Authorization Server's authorizations (codes, access and refresh tokens); its own schema, with DATETIME for
-- its instants so that neither MySQL's nor MariaDB's TIMESTAMP defaults touch them.
CREATE TABLE oauth2_authorization (
    id                            VARCHAR(100)  NOT NULL,
    registered_client_id          VARCHAR(100)  NOT NULL,
    principal_name                VARCHAR(200)  NOT NULL,
    authorization_grant_type      VARCHAR(100)  NOT NULL,
    authorized_scopes             VARCHAR(1000) DEFAULT NULL,
    attributes                    BLOB          DEFAULT NULL,
    state                         VARCHAR(500)  DEFAULT NULL,
    authorization_code_value      BLOB          DEFAULT NULL,
    authorization_code_issued_at  DATETIME(6)   DEFAULT NULL,
    authorization_code_expires_at DATETIME(6)   DEFAULT NULL,
    authorization_code_metadata   BLOB          DEFAULT NULL,
    access_token_value            BLOB          DEFAULT NULL,
    access_token_issued_at        DATETIME(6)   DEFAULT NULL,
    access_token_expires_at       DATETIME(6)   DEFAULT NULL,
    access_token_metadata         BLOB          DEFAULT NULL,
    access_token_type             VARCHAR(100)  DEFAULT NULL,
    access_token_scopes           VARCHAR(1000) DEFAULT NULL,
    oidc_id_token_value           BLOB          DEFAULT NULL,
    oidc_id_token_issued_at       DATETIME(6)   DEFAULT NULL,
    oidc_id_token_expires_at      DATETIME(6)   DEFAULT NULL,
    oidc_id_token_metadata        BLOB          DEFAULT NULL,
    refresh_token_value           BLOB          DEFAULT NULL,
    refresh_token_issued_at       DATETIME(6)   DEFAULT NULL,
    refresh_token_expires_at      DATETIME(6)   DEFAULT NULL,
    refresh_token_metadata        BLOB          DEFAULT NULL,
    user_code_value               BLOB          DEFAULT NULL,
    user_code_issued_at           DATETIME(6)   DEFAULT NULL,
    user_code_expires_at          DATETIME(6)   DEFAULT NULL,
    user_code_metadata            BLOB          DEFAULT NULL,
    device_code_value             BLOB          DEFAULT NULL,
    device_code_issued_at         DATETIME(6)   DEFAULT NULL,
    device_code_expires_at        DATETIME(6)   DEFAULT NULL,
    device_code_metadata          BLOB          DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_oauth2_authorization_principal (principal_name),
    KEY idx_oauth2_authorization_expiry (refresh_token_expires_at)
) ENGINE=InnoDB;

-- Login sessions (Spring Session JDBC), so that any replica continues a login another one started.
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36)     NOT NULL,
    SESSION_ID            CHAR(36)     NOT NULL,
    CREATION_TIME         BIGINT       NOT NULL,
    LAST_ACCESS_TIME      BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL INT          NOT NULL,
    EXPIRY_TIME           BIGINT       NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100) NULL,
    PRIMARY KEY (PRIMARY_ID),
    UNIQUE KEY SPRING_SESSION_IX1 (SESSION_ID),
    KEY SPRING_SESSION_IX2 (EXPIRY_TIME),
    KEY SPRING_SESSION_IX3 (PRINCIPAL_NAME)
) ENGINE=InnoDB;

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    BLOB         NOT NULL,
    PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID)
        ON DELETE CASCADE
) ENGINE=InnoDB;

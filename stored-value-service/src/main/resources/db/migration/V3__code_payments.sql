-- #25/#26: one charge of a scanned WeChat/Alipay payment code per tenant and order number.
CREATE TABLE code_payment (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id         BIGINT        NOT NULL,
    order_code        VARCHAR(64)   NOT NULL COMMENT 'the till''s order number: one charge per tenant and order',
    money             DECIMAL(12,2) NOT NULL,
    pay_code_masked   VARCHAR(64)   NOT NULL COMMENT 'the payment code with all but its last 4 digits masked',
    pay_code_hash     CHAR(64)      NOT NULL COMMENT 'SHA-256 of the payment code: tells a retry from other content',
    payment_type      INT           NOT NULL COMMENT '3 WeChat, 4 Alipay',
    state             VARCHAR(16)   NOT NULL COMMENT 'CodePaymentState',
    provider_trade_no VARCHAR(64)   NULL,
    shop_id           BIGINT        NOT NULL,
    operator          VARCHAR(64)   NOT NULL,
    user_id           BIGINT        NULL,
    user_name         VARCHAR(64)   NULL,
    outcome_at        BIGINT        NOT NULL COMMENT 'epoch ms of the latest state: the answer''s timestamp',
    created_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_code_payment_order (tenant_id, order_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The local payment-provider simulator's own books (stored-value.payment-provider=simulator): what it charged, so
-- that a query after a restart still finds the outcome.
CREATE TABLE simulated_provider_charge (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT        NOT NULL COMMENT 'each tenant is its own merchant account at the provider',
    order_code VARCHAR(64)   NOT NULL,
    trade_no   VARCHAR(64)   NOT NULL,
    money      DECIMAL(12,2) NOT NULL,
    last_digit INT           NOT NULL COMMENT 'the payment code''s last digit: decides the outcome',
    charged_at BIGINT        NOT NULL COMMENT 'epoch ms',
    PRIMARY KEY (id),
    UNIQUE KEY uk_simulated_provider_charge_order (tenant_id, order_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

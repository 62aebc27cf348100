-- Stored-value membership cards (seed 002). Every business table carries tenant_id: the tenant line interceptor
-- (tenancy/TenantLine) adds "tenant_id = <the caller's tenant>" to every statement a mapper runs, so no query of
-- this service can read or write another tenant's rows. Money is DECIMAL(12,2) yuan, as the seed's decimals.

CREATE TABLE tenant (
    id         BIGINT       NOT NULL AUTO_INCREMENT COMMENT 'the seed''s integer tenantId',
    code       VARCHAR(32)  NOT NULL COMMENT 'the tenantId claim of a POS token, e.g. T001',
    name       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_tenant_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE shop (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT       NOT NULL,
    name       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_shop_tenant (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A shop's business day and whether it is being settled, striped over slots: a card command locks one slot row
-- (by card id) for its transaction, a settlement locks them all, so it waits for the commands in flight and no
-- command writes into a day while it is being summed. H2 (local runs) has no shared row locks, hence stripes.
CREATE TABLE shop_gate (
    tenant_id      BIGINT      NOT NULL,
    shop_id        BIGINT      NOT NULL,
    slot           INT         NOT NULL,
    business_day   DATE        NOT NULL COMMENT 'the open business day: ledger lines written now belong to it',
    settling_since DATETIME(3) NULL     COMMENT 'set while the day is being settled: card commands get 902',
    PRIMARY KEY (shop_id, slot)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE card_class (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id         BIGINT       NOT NULL,
    name              VARCHAR(64)  NOT NULL,
    card_type         INT          NOT NULL COMMENT 'CardType: 1 stored value, 2 discount, 3 points',
    can_recharge      BOOLEAN      NOT NULL,
    can_member_price  BOOLEAN      NOT NULL,
    can_discount      BOOLEAN      NOT NULL,
    can_point         BOOLEAN      NOT NULL,
    points_basic      INT          NOT NULL COMMENT 'yuan spent per point earned',
    points_to_one     INT          NOT NULL COMMENT 'points worth one yuan',
    points_valid_days INT          NOT NULL COMMENT 'days points stay usable after the last earning',
    give_first        BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'spend bonus money before actual money',
    PRIMARY KEY (id),
    KEY idx_card_class_tenant (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE member_level (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT       NOT NULL,
    name       VARCHAR(64)  NOT NULL,
    level      INT          NOT NULL,
    discount   DECIMAL(4,2) NOT NULL COMMENT 'price factor, 0.95 = 5% off',
    image_path VARCHAR(255) NULL,
    PRIMARY KEY (id),
    KEY idx_member_level_tenant (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE member_tag (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT       NOT NULL,
    name       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_member_tag_tenant (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE gift (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT        NOT NULL,
    name       VARCHAR(64)   NOT NULL,
    points     INT           NOT NULL,
    price      DECIMAL(12,2) NOT NULL,
    image_path VARCHAR(255)  NULL,
    in_use     BOOLEAN       NOT NULL,
    stock      INT           NOT NULL,
    PRIMARY KEY (id),
    KEY idx_gift_tenant (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE recharge_plan (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id         BIGINT        NOT NULL,
    name              VARCHAR(64)   NOT NULL,
    money             DECIMAL(12,2) NOT NULL COMMENT 'stored value credited as actual money',
    pay_money         DECIMAL(12,2) NOT NULL COMMENT 'what the customer pays',
    give_money        DECIMAL(12,2) NOT NULL COMMENT 'bonus credited',
    start_time        DATETIME      NOT NULL,
    end_time          DATETIME      NOT NULL,
    money_modifiable  BOOLEAN       NOT NULL,
    remark            VARCHAR(255)  NULL,
    in_use            BOOLEAN       NOT NULL,
    stock             INT           NULL     COMMENT 'how many may still be sold; null: unlimited',
    PRIMARY KEY (id),
    KEY idx_recharge_plan_tenant (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE member (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT       NOT NULL,
    name            VARCHAR(64)  NOT NULL,
    sex             INT          NULL,
    birthday        DATETIME     NULL,
    phone           VARCHAR(20)  NULL,
    id_card         VARCHAR(32)  NULL,
    address         VARCHAR(255) NULL,
    member_level_id BIGINT       NULL,
    card_id         BIGINT       NULL COMMENT 'the member''s current card',
    created_at      DATETIME     NOT NULL,
    updated_at      DATETIME     NOT NULL,
    PRIMARY KEY (id),
    KEY idx_member_tenant_phone (tenant_id, phone),
    KEY idx_member_tenant_name (tenant_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE member_tag_link (
    tenant_id  BIGINT NOT NULL,
    member_id  BIGINT NOT NULL,
    tag_id     BIGINT NOT NULL,
    PRIMARY KEY (member_id, tag_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A card: its balances and totals are kept beside the ledger, and the ledger explains every one of them
-- (CardLedgerAudit). changed_at is the card's version: epoch ms of its last change, strictly increasing.
CREATE TABLE card (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id            BIGINT        NOT NULL,
    code                 VARCHAR(32)   NOT NULL COMMENT 'card number (卡号, also the member''s 会员卡号)',
    mac                  VARCHAR(64)   NOT NULL COMMENT 'card secret (卡密/Mac) a reader gets from the card',
    password             VARCHAR(64)   NULL,
    card_class_id        BIGINT        NOT NULL,
    member_id            BIGINT        NULL,
    status               INT           NOT NULL COMMENT 'CardStatus',
    send_mode            INT           NOT NULL COMMENT 'CardSendMode',
    shop_id              BIGINT        NOT NULL COMMENT 'issuing shop',
    effective_time       DATETIME      NOT NULL,
    actual_balance       DECIMAL(12,2) NOT NULL,
    give_balance         DECIMAL(12,2) NOT NULL,
    actual_recharge      DECIMAL(12,2) NOT NULL,
    give_recharge        DECIMAL(12,2) NOT NULL,
    actual_expense       DECIMAL(12,2) NOT NULL,
    give_expense         DECIMAL(12,2) NOT NULL,
    total_points         INT           NOT NULL,
    actual_points        INT           NOT NULL,
    used_points          INT           NOT NULL,
    points_disabled_date DATETIME      NULL,
    changed_at           BIGINT        NOT NULL,
    created_at           DATETIME      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_card_code (tenant_id, code),
    UNIQUE KEY uk_card_mac (tenant_id, mac),
    KEY idx_card_member (member_id),
    KEY idx_card_class (tenant_id, card_class_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every change of a card's money or points: the card's columns are the sums of these lines (CardLedgerAudit).
CREATE TABLE card_ledger (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT        NOT NULL,
    card_id       BIGINT        NOT NULL,
    kind          VARCHAR(24)   NOT NULL COMMENT 'LedgerKind',
    actual_delta  DECIMAL(12,2) NOT NULL,
    give_delta    DECIMAL(12,2) NOT NULL,
    points_delta  INT           NOT NULL,
    actual_after  DECIMAL(12,2) NOT NULL,
    give_after    DECIMAL(12,2) NOT NULL,
    points_after  INT           NOT NULL,
    idem_key      VARCHAR(128)  NULL COMMENT 'the request''s code/orderCode/billNo/rechargeCode',
    reference_id  BIGINT        NULL COMMENT 'the payment, recharge or refund row it belongs to',
    operator      VARCHAR(64)   NOT NULL,
    shop_id       BIGINT        NOT NULL,
    business_day  DATE          NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_card_ledger_card (card_id, id),
    KEY idx_card_ledger_shop_day (shop_id, business_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- #23 payments from a card and their reversal (#24).
CREATE TABLE card_payment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT        NOT NULL,
    card_id       BIGINT        NOT NULL,
    code          VARCHAR(64)   NOT NULL COMMENT 'the till''s order number',
    money         DECIMAL(12,2) NOT NULL,
    actual_part   DECIMAL(12,2) NOT NULL,
    give_part     DECIMAL(12,2) NOT NULL,
    points_earned INT           NOT NULL,
    status        VARCHAR(16)   NOT NULL COMMENT 'PAID or REVERSED',
    shop_id       BIGINT        NOT NULL,
    business_day  DATE          NOT NULL,
    operator      VARCHAR(64)   NOT NULL,
    created_at    DATETIME      NOT NULL,
    reversed_at   DATETIME      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_card_payment_code (tenant_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- #29 recharges with their payment split; refunded by #31 (one recharge) or along the split by #32.
CREATE TABLE recharge (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT        NOT NULL,
    card_id       BIGINT        NOT NULL,
    recharge_code VARCHAR(64)   NOT NULL,
    money         DECIMAL(12,2) NOT NULL COMMENT 'actual money credited',
    pay_money     DECIMAL(12,2) NOT NULL COMMENT 'what was paid',
    give_money    DECIMAL(12,2) NOT NULL COMMENT 'bonus credited',
    plan_id       BIGINT        NULL,
    refunded      DECIMAL(12,2) NOT NULL COMMENT 'actual money refunded from it so far',
    give_refunded DECIMAL(12,2) NOT NULL,
    remark        VARCHAR(255)  NULL,
    shop_id       BIGINT        NOT NULL,
    operator      VARCHAR(64)   NOT NULL,
    created_at    DATETIME      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_recharge_code (tenant_id, recharge_code),
    KEY idx_recharge_card (card_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE recharge_payment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT        NOT NULL,
    recharge_id   BIGINT        NOT NULL,
    payment_type  INT           NOT NULL COMMENT 'PaymentType',
    money         DECIMAL(12,2) NOT NULL,
    refunded      DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_recharge_payment_recharge (recharge_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- #30, #31, #32: money paid back out of a card.
CREATE TABLE balance_refund (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT        NOT NULL,
    card_id       BIGINT        NOT NULL,
    bill_no       VARCHAR(64)   NOT NULL,
    kind          VARCHAR(16)   NOT NULL COMMENT 'RECHARGE (#31), BALANCE (#32), RETURN (#30)',
    money         DECIMAL(12,2) NOT NULL,
    pay_money     DECIMAL(12,2) NOT NULL,
    give_money    DECIMAL(12,2) NOT NULL,
    payment_type  INT           NULL,
    recharge_id   BIGINT        NULL,
    remark        VARCHAR(255)  NULL,
    shop_id       BIGINT        NOT NULL,
    operator      VARCHAR(64)   NOT NULL,
    created_at    DATETIME      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_balance_refund_bill (tenant_id, bill_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE balance_refund_detail (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id           BIGINT        NOT NULL,
    refund_id           BIGINT        NOT NULL,
    recharge_payment_id BIGINT        NOT NULL,
    recharge_id         BIGINT        NOT NULL,
    payment_type        INT           NOT NULL,
    money               DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_balance_refund_detail_refund (refund_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- #39 dynamic pay codes: a short-lived stand-in for a card's mac.
CREATE TABLE pay_code (
    code       VARCHAR(32)  NOT NULL,
    tenant_id  BIGINT       NOT NULL,
    card_id    BIGINT       NOT NULL,
    expires_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (code),
    KEY idx_pay_code_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- #16: one row per shop and settled business day.
CREATE TABLE daily_settlement (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT        NOT NULL,
    shop_id         BIGINT        NOT NULL,
    business_day    DATE          NOT NULL,
    recharge_actual DECIMAL(14,2) NOT NULL,
    recharge_give   DECIMAL(14,2) NOT NULL,
    expense_actual  DECIMAL(14,2) NOT NULL,
    expense_give    DECIMAL(14,2) NOT NULL,
    refund_actual   DECIMAL(14,2) NOT NULL,
    refund_give     DECIMAL(14,2) NOT NULL,
    ledger_lines    INT           NOT NULL,
    operator        VARCHAR(64)   NOT NULL,
    settled_at      DATETIME      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_daily_settlement_day (shop_id, business_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

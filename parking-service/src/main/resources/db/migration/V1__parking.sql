-- Seed 001 (北理工车位出租): parks with their org tree and the documents a renewal asks for, the parking users with
-- their plates and rented cards, products, renewal orders with their payments, and SMS codes.
--
-- Ids are the seed's 32-character hex strings. Times are DATETIME in Asia/Shanghai (the wire's epoch-ms strings are
-- written from them). Money is BIGINT fen; the wire's yuan is derived (order/Money).
-- Sizing: 100,000 users and cards (bench/); every read is one row or a handful off an index.

CREATE TABLE park (
    id   VARCHAR(64)  NOT NULL,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Two levels: first-level orgs have no parent_org_code; parkingOrgQuery lists one level in sort order.
CREATE TABLE park_org (
    id                VARCHAR(64)  NOT NULL,
    park_id           VARCHAR(64)  NOT NULL,
    name              VARCHAR(100) NOT NULL,
    org_code          VARCHAR(64)  NOT NULL,
    level_code        VARCHAR(64)  NOT NULL,
    parent_level_code VARCHAR(64)  NULL,
    level             VARCHAR(4)   NOT NULL,
    is_leaf           CHAR(1)      NOT NULL COMMENT '0 yes, 1 no (the seed''s)',
    is_used           CHAR(1)      NOT NULL COMMENT '0 yes, 1 no',
    parent_org_code   VARCHAR(64)  NULL COMMENT 'the first-level org of a second-level one',
    sort              INT          NOT NULL,
    PRIMARY KEY (id),
    KEY idx_park_org_level (park_id, parent_org_code, sort)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The documents a park asks for with a renewal (seed: codes 0-6), and which of them a renewal must carry.
CREATE TABLE park_extra_config (
    id       VARCHAR(64)  NOT NULL,
    park_id  VARCHAR(64)  NOT NULL,
    name     VARCHAR(64)  NOT NULL,
    code     VARCHAR(8)   NOT NULL,
    type     CHAR(1)      NOT NULL COMMENT '0 text, 1 image (an image or PDF file)',
    required BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_park_extra_code (park_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE parking_product (
    id                VARCHAR(64)  NOT NULL,
    version_id        VARCHAR(64)  NOT NULL,
    park_id           VARCHAR(64)  NOT NULL,
    name              VARCHAR(100) NOT NULL,
    unit_type         CHAR(1)      NOT NULL COMMENT 'UnitType: 1 hour, 2 day, 3 week, 4 month, 5 year',
    rent_type         VARCHAR(4)   NOT NULL,
    card_type         CHAR(1)      NOT NULL COMMENT '1 VIP, 2 owner, 3 monthly',
    price_inside_fen  BIGINT       NOT NULL COMMENT 'priceType 01 (校内), per unit',
    price_outside_fen BIGINT       NOT NULL COMMENT 'priceType 02 (校外), per unit',
    audit_before_pay  BOOLEAN      NOT NULL,
    is_link           CHAR(1)      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE parking_user (
    id                   VARCHAR(64)  NOT NULL,
    park_id              VARCHAR(64)  NOT NULL,
    name                 VARCHAR(64)  NOT NULL,
    phone                VARCHAR(20)  NULL,
    address              VARCHAR(200) NULL,
    idcard               VARCHAR(64)  NULL,
    drive_licence        VARCHAR(18)  NULL,
    content              VARCHAR(200) NULL,
    code                 VARCHAR(64)  NULL COMMENT 'the unique staff number',
    department           VARCHAR(64)  NULL COMMENT 'the second-level org''s id',
    org_code             VARCHAR(64)  NULL,
    is_single            CHAR(1)      NOT NULL,
    is_drop              CHAR(1)      NOT NULL,
    bought_online        BOOLEAN      NOT NULL COMMENT 'ifBuyBeiLiRentOnline',
    has_conflict_process BOOLEAN      NOT NULL COMMENT 'ifHasConflictProcess',
    first_org_name       VARCHAR(100) NULL,
    first_org_code       VARCHAR(64)  NULL,
    second_org_name      VARCHAR(100) NULL,
    second_org_code      VARCHAR(64)  NULL,
    duplicate_code       VARCHAR(64)  NULL COMMENT 'the staff number that may repeat (isOverDuplicate overwrites it)',
    created_at           DATETIME     NOT NULL,
    updated_at           DATETIME     NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- parkingUserQuery finds users by plate (idx_car_num); carNums lists a user's plates in the order they came.
CREATE TABLE parking_car (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    VARCHAR(64) NOT NULL,
    car_num    VARCHAR(16) NOT NULL,
    channel    VARCHAR(4)  NOT NULL COMMENT '9: added through the app (only these may be deleted)',
    created_at DATETIME    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_car_user (user_id, car_num),
    KEY idx_car_num (car_num)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE parking_card (
    id           VARCHAR(64)  NOT NULL,
    user_id      VARCHAR(64)  NOT NULL,
    product_id   VARCHAR(64)  NOT NULL,
    cm_user_id   VARCHAR(64)  NULL,
    user_name    VARCHAR(64)  NULL,
    start_dt     DATETIME     NULL,
    end_dt       DATETIME     NULL,
    renew_end_dt DATETIME     NULL COMMENT 'moves only when a payment arrives',
    state        VARCHAR(4)   NOT NULL COMMENT 'CardState: -1 timed out, 0 new, 1 valid, 2 renewing',
    remark       VARCHAR(200) NULL,
    card_type    CHAR(1)      NOT NULL,
    paid         BOOLEAN      NOT NULL COMMENT 'a payment of this card has ever arrived (orderType 1)',
    last_order_id VARCHAR(64) NULL,
    created_at   DATETIME     NOT NULL,
    updated_at   DATETIME     NOT NULL,
    PRIMARY KEY (id),
    KEY idx_card_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- open_card_id is the card's id while the order is open (created, not paid, timed out or rejected): the unique key
-- keeps at most one open order per card whatever races. idx_order_due is the timeout sweep's.
CREATE TABLE parking_order (
    id                VARCHAR(64)  NOT NULL,
    card_id           VARCHAR(64)  NOT NULL,
    user_id           VARCHAR(64)  NOT NULL,
    product_id        VARCHAR(64)  NOT NULL,
    product_v_id      VARCHAR(64)  NOT NULL,
    product_name      VARCHAR(100) NOT NULL,
    price_type        CHAR(2)      NOT NULL,
    count             INT          NOT NULL,
    start_dt          DATETIME     NOT NULL,
    end_dt            DATETIME     NOT NULL,
    amount_fen        BIGINT       NOT NULL,
    state             CHAR(2)      NOT NULL COMMENT 'OrderState: 01 created, 03 paid, 21 refund applied, 22 refunded, 81 timed out',
    order_type        INT          NOT NULL COMMENT '0 first purchase, 1 renewal',
    card_type         CHAR(1)      NOT NULL,
    is_link           CHAR(1)      NOT NULL,
    audit_before_pay  BOOLEAN      NOT NULL,
    audit_state       CHAR(2)      NULL COMMENT 'AuditState: 01 awaiting, 03 approved, 04 rejected; null without audit',
    audit_remark      VARCHAR(200) NULL,
    audited_by        VARCHAR(64)  NULL,
    audited_at        DATETIME     NULL,
    payable_since     DATETIME     NULL COMMENT 'created, or approved when audited; the timeout counts from here',
    pay_suc_dt        DATETIME     NULL,
    transaction_id    VARCHAR(64)  NULL,
    extra_info        TEXT         NULL COMMENT 'JSON array of {name, code, type, content}',
    duplicate_code    VARCHAR(64)  NULL,
    user_department   VARCHAR(64)  NULL,
    first_org_name    VARCHAR(100) NULL,
    first_org_code    VARCHAR(64)  NULL,
    second_org_name   VARCHAR(100) NULL,
    second_org_code   VARCHAR(64)  NULL,
    remark            VARCHAR(200) NULL,
    open_card_id      VARCHAR(64)  NULL,
    created_at        DATETIME     NOT NULL,
    updated_at        DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_order_open_card (open_card_id),
    KEY idx_order_card (card_id),
    KEY idx_order_due (state, payable_since)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One WeChat JSAPI payment started for an order (parkingOrderWxPay) and what its notifications said.
CREATE TABLE parking_payment (
    id             VARCHAR(64) NOT NULL,
    order_id       VARCHAR(64) NOT NULL,
    open_id        VARCHAR(128) NOT NULL,
    prepay_id      VARCHAR(64) NOT NULL,
    total_fee      BIGINT      NOT NULL,
    state          VARCHAR(16) NOT NULL COMMENT 'PayState: CREATE, PAID, APPLY_REFUND, REFUNDED',
    transaction_id VARCHAR(64) NULL,
    last_notice    VARCHAR(16) NULL COMMENT 'the last tradeState notified',
    created_at     DATETIME    NOT NULL,
    updated_at     DATETIME    NOT NULL,
    PRIMARY KEY (id),
    KEY idx_payment_order (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The latest SMS code of a phone (hashed with its salt) and its limits; the row is the lock of the phone's sends
-- and checks.
CREATE TABLE sms_phone (
    phone           VARCHAR(20) NOT NULL,
    code_hash       CHAR(64)    NULL,
    code_salt       CHAR(32)    NULL,
    sent_at         DATETIME    NULL,
    used            BOOLEAN     NOT NULL,
    failed_attempts INT         NOT NULL,
    sent_day        DATE        NULL,
    day_count       INT         NOT NULL,
    PRIMARY KEY (phone)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Deposits of seed 000's members and their refund applications (2.2.22-2.2.24).
--
-- Sizing: one deposit per member (a million at most), a refund application now and then per member. Every list
-- reads one page straight off an index in page order (newest application first, by id); InnoDB appends the
-- primary key to every secondary index, so an index ending in an equality-filtered column is already in id order.

-- A member's deposit, one per phone, recorded from member.migration-completed (data.deposit).
CREATE TABLE deposit (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    phone_no      VARCHAR(20)  NOT NULL,
    user_id       VARCHAR(64)  NOT NULL COMMENT 'the member''s user id (Weichuang''s for a migrated user)',
    member_id     BIGINT       NULL     COMMENT 'member-service''s id of the member',
    user_name     VARCHAR(64)  NULL,
    merchant_code VARCHAR(64)  NOT NULL COMMENT 'the member''s merchant: who confirms its refund',
    amount        BIGINT       NOT NULL COMMENT 'fen; what a refund pays back',
    deposit_type  VARCHAR(64)  NULL     COMMENT 'how it was paid, as Weichuang or the review named it',
    paid_at       DATETIME     NULL,
    source        VARCHAR(32)  NOT NULL COMMENT 'DepositSource: WEICHUANG_MIGRATION or REVIEW_TERMS',
    state         VARCHAR(16)  NOT NULL COMMENT 'DepositState: HELD, REFUNDING, REFUNDED',
    refunded_at   DATETIME     NULL,
    created_at    DATETIME     NOT NULL,
    updated_at    DATETIME     NOT NULL,
    PRIMARY KEY (id),
    -- One deposit per member: a redelivered or repeated migration event cannot record a second one; every
    -- command finds (and locks) the deposit by phone through it.
    UNIQUE KEY uk_deposit_phone (phone_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Refund applications: the seed's 押金退还申请 with the merchant's confirmation and the payout's outcome. The
-- member's name, phone and merchant are copied from the deposit when the user applies (lists need no join).
CREATE TABLE refund_application (
    id               BIGINT       NOT NULL AUTO_INCREMENT COMMENT 'the seed''s id',
    deposit_id       BIGINT       NOT NULL,
    phone_no         VARCHAR(20)  NOT NULL,
    user_id          VARCHAR(64)  NOT NULL,
    user_name        VARCHAR(64)  NULL,
    merchant_code    VARCHAR(64)  NOT NULL,
    reason           VARCHAR(255) NULL,
    applicant        VARCHAR(128) NOT NULL COMMENT 'subject of the APP caller who applied',
    status           INT          NOT NULL COMMENT 'RefundStatus: 0 awaiting the merchant, 1 refunding, 2 refunded, 3 failed',
    refund_amount    BIGINT       NOT NULL COMMENT 'fen: the deposit''s amount',
    applied_at       DATETIME     NOT NULL,
    refund_no        VARCHAR(32)  NULL     COMMENT 'set once, by the confirmation; the payout''s key',
    confirmed_by     VARCHAR(128) NULL     COMMENT 'subject of the caller who confirmed',
    confirmed_at     DATETIME     NULL,
    confirm_info     VARCHAR(255) NULL,
    upload_img       VARCHAR(500) NULL,
    remark           VARCHAR(255) NULL,
    completed_at     DATETIME     NULL     COMMENT 'refund time (status 2) or when it failed (status 3)',
    failure_reason   VARCHAR(255) NULL,
    created_at       DATETIME     NOT NULL,
    updated_at       DATETIME     NOT NULL,
    PRIMARY KEY (id),
    -- refund-completed events find their application by refundNo; one refundNo is one application.
    UNIQUE KEY uk_refund_no (refund_no),
    -- A phone's applications newest first: the open one (apply), the latest (confirm by phoneNo), the phoneNo filter.
    KEY idx_refund_phone (phone_no, id),
    -- depositRefundQuery of a MERCHANT: its merchants' applications, newest first.
    KEY idx_refund_merchant (merchant_code, id),
    -- depositRefundQuery of a MERCHANT with a status (the ones awaiting it): without it MariaDB intersects the
    -- merchant and status indexes (21 ms at 1,000,000 applications instead of 0.1 ms).
    KEY idx_refund_merchant_status (merchant_code, status, id),
    -- depositRefundQuery's status filter (e.g. the ones awaiting the merchant), newest first.
    KEY idx_refund_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Names of merchants for the detail's merchantName, kept from asset.cabinet-changed (and the demo data).
CREATE TABLE merchant (
    code       VARCHAR(64)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    updated_at DATETIME     NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

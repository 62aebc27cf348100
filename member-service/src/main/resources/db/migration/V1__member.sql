-- Members of seed 000 (battery swap users), their onboarding (access) reviews, the merchant directory the lists name
-- merchants from, the per-merchant totals the statistics answer from, and the migrations of Weichuang users.
--
-- Sizing: 1,000,000 members, ~100 merchants. Each list reads one page straight off an index in page order (newest
-- id first) and stops; InnoDB appends the primary key to every secondary index, so an index ending in the columns
-- compared with "=" is already in id order.

-- Merchants as asset-service's asset.cabinet-changed names them (code, name), plus their city (demo data, the
-- generator): memberQuery shows merchantName/cityName beside a member's merchant code. Read by code only.
CREATE TABLE merchant_directory (
    merchant_code      VARCHAR(64)  NOT NULL,
    merchant_name      VARCHAR(100) NULL,
    merchant_type_name VARCHAR(64)  NULL,
    city_id            INT          NULL,
    city_name          VARCHAR(64)  NULL,
    PRIMARY KEY (merchant_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE member (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    phone            VARCHAR(20)  NOT NULL COMMENT 'members are matched across events by phone',
    user_id          VARCHAR(64)  NULL     COMMENT 'Weichuang''s userId of a migrated member',
    user_name        VARCHAR(64)  NULL,
    merchant_code    VARCHAR(64)  NULL,
    city_id          INT          NULL     COMMENT 'the merchant''s city when the member joined (memberQuery cityId)',
    state            VARCHAR(16)  NOT NULL COMMENT 'MemberState',
    user_label       VARCHAR(32)  NULL,
    id_card_state    VARCHAR(16)  NULL     COMMENT 'idCardStateStr as Weichuang gave it',
    inviter          VARCHAR(64)  NULL,
    share_code       VARCHAR(64)  NULL,
    sex              VARCHAR(8)   NULL,
    birthday         VARCHAR(16)  NULL,
    use_day_num      INT          NOT NULL DEFAULT 0 COMMENT 'distinct Asia/Shanghai days with a completed swap',
    assets_order_num INT          NOT NULL DEFAULT 0 COMMENT 'completed swaps',
    vehicle_code     VARCHAR(64)  NULL     COMMENT 'latest vehicle (asset.rental-overdue)',
    vehicle_model    VARCHAR(64)  NULL,
    battery_code     VARCHAR(64)  NULL     COMMENT 'latest bound battery (asset.binding-changed)',
    created_at       DATETIME     NOT NULL COMMENT 'Asia/Shanghai; its date is the day of member_total',
    updated_at       DATETIME     NOT NULL,
    PRIMARY KEY (id),
    -- phoneNo filter; every event finds its member by phone.
    UNIQUE KEY uk_member_phone (phone),
    -- memberQuery by userState: one page of one state, newest first.
    KEY idx_member_state (state),
    -- memberQuery by cityId (and userState): the page in id order.
    KEY idx_member_city_state (city_id, state),
    -- memberStoreQuery and MERCHANT scope: a store's members, newest first.
    KEY idx_member_merchant (merchant_code),
    -- userName and vehicleId filters: few rows each.
    KEY idx_member_user_name (user_name),
    KEY idx_member_vehicle (vehicle_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Members by merchant, registration day and current state (MemberTotals): the statistics and the unfiltered totals
-- without counting a million rows. Kept in the transaction of every change.
CREATE TABLE member_total (
    merchant_code VARCHAR(64) NOT NULL COMMENT '"" for members of no merchant',
    created_day   DATE        NOT NULL,
    state         VARCHAR(16) NOT NULL,
    members       BIGINT      NOT NULL,
    PRIMARY KEY (merchant_code, created_day, state),
    -- increasedMember: today's rows of every merchant.
    KEY idx_member_total_day (created_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A swap counted once per order (assetsOrderNum) ...
CREATE TABLE member_swap (
    order_id  BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- ... and a day once per member (useDayNum).
CREATE TABLE member_swap_day (
    member_id BIGINT NOT NULL,
    swap_day  DATE   NOT NULL,
    PRIMARY KEY (member_id, swap_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Onboarding reviews (seed 2.2.9-2.2.12): what the merchant is shown, filled from the migration's pull, and the
-- terms it approved with.
CREATE TABLE access_review (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    member_id            BIGINT       NOT NULL,
    phone                VARCHAR(20)  NOT NULL,
    merchant_code        VARCHAR(64)  NULL,
    state                TINYINT      NOT NULL COMMENT '0 pending, 1 done',
    outcome              VARCHAR(16)  NOT NULL COMMENT 'ReviewOutcome: PENDING, APPROVED, REJECTED',
    user_name            VARCHAR(64)  NULL,
    vehicle_id           VARCHAR(64)  NULL,
    vehicle_model        VARCHAR(64)  NULL,
    rent_type            VARCHAR(64)  NULL,
    assets_direction_str VARCHAR(64)  NULL,
    battery_code         VARCHAR(64)  NULL,
    battery_model        VARCHAR(64)  NULL,
    order_type           INT          NULL,
    deposit              BIGINT       NULL COMMENT 'fen',
    old_deposit          BIGINT       NULL COMMENT 'fen, Weichuang''s',
    online_price         VARCHAR(32)  NULL,
    offline_price        VARCHAR(32)  NULL,
    direction_str        VARCHAR(64)  NULL,
    share_code           VARCHAR(64)  NULL,
    order_type_str       VARCHAR(32)  NULL,
    bind_date            DATETIME     NOT NULL,
    approved_share_code  VARCHAR(64)  NULL,
    approved_deposit     BIGINT       NULL COMMENT 'fen, the approval''s deposit terms',
    discount_price       BIGINT       NULL,
    approved_offline_price BIGINT     NULL,
    decided_at           DATETIME     NULL,
    PRIMARY KEY (id),
    -- MERCHANT callers: their merchants' reviews of one state, newest first.
    KEY idx_review_merchant_state (merchant_code, state),
    -- OPS/PARTNER: one state, newest first.
    KEY idx_review_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One migration per phone (MigrationState), with each step's result.
CREATE TABLE member_migration (
    phone            VARCHAR(20)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    user_id          VARCHAR(64)  NULL,
    merchant_code    VARCHAR(64)  NULL,
    user_json        TEXT         NULL COMMENT 'PULLED: partner-adapter''s user',
    deposit_json     TEXT         NULL COMMENT 'PULLED: its deposit (null: none)',
    package_json     TEXT         NULL,
    batteries_json   TEXT         NULL,
    member_id        BIGINT       NULL COMMENT 'PENDING_REVIEW',
    review_id        BIGINT       NULL COMMENT 'PENDING_REVIEW',
    review_deposit   BIGINT       NULL COMMENT 'APPROVED: the approval''s deposit terms, fen',
    bound_json       TEXT         NULL COMMENT 'APPROVED..BOUND: batteryCode -> bindingId, or REFUSED',
    waiting_on       VARCHAR(16)  NULL COMMENT 'WEICHUANG or ASSET while a step waits on it',
    last_error       VARCHAR(500) NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    claim_token      VARCHAR(36)  NULL,
    claimed_until    DATETIME(3)  NULL,
    started_at       DATETIME     NOT NULL,
    updated_at       DATETIME     NOT NULL,
    completed_at     DATETIME     NULL,
    PRIMARY KEY (phone),
    -- approval and rejection find the migration of a review.
    UNIQUE KEY uk_migration_review (review_id),
    -- the resumer: migrations not in a final state.
    KEY idx_migration_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

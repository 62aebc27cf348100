-- Assets of seed 000: merchants, cabinets, battery models, batteries (where each one is), the user-battery bindings
-- with their history, every move of a battery, vehicles and their rentals.
--
-- Sizing: 1,000,000 batteries and 1,000,000 bindings (about half current), ~100 merchants, ~20,000 cabinets. Each
-- list operation reads one page straight off an index in page order and stops; InnoDB appends the primary key to
-- every secondary index, so an index ending in an equality-filtered column is already in primary-key order.

-- Merchants: names, city and region for the lists, and the shareCode users sign up with.
CREATE TABLE merchant (
    code        VARCHAR(64)  NOT NULL COMMENT 'the seed''s merchantId / merchantCode, e.g. M001',
    name        VARCHAR(100) NOT NULL,
    city_name   VARCHAR(64)  NULL,
    region_name VARCHAR(64)  NULL,
    share_code  VARCHAR(64)  NULL     COMMENT 'the merchant''s promotion code',
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Cabinets: every TankInfo field of seed 1.1.1. Read by code only (assetTankUpdate, swaps).
CREATE TABLE cabinet (
    tank_code     VARCHAR(64)  NOT NULL,
    merchant_code VARCHAR(64)  NOT NULL COMMENT 'TankInfo.merchantId: the owner',
    merchant_name VARCHAR(100) NULL,
    latitude      VARCHAR(32)  NOT NULL,
    longitude     VARCHAR(32)  NOT NULL,
    address       VARCHAR(255) NOT NULL,
    model         VARCHAR(64)  NULL,
    state         INT          NULL     COMMENT 'TankInfo.state, Weichuang''s asset state',
    cover         VARCHAR(500) NULL     COMMENT 'picture URL',
    operate_mode  VARCHAR(64)  NULL,
    created_at    DATETIME     NOT NULL,
    updated_at    DATETIME     NOT NULL,
    PRIMARY KEY (tank_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- What the charge estimates of assetBatteryQuery need to know of a model (rule: BatteryCharge).
CREATE TABLE battery_model (
    model               VARCHAR(64) NOT NULL,
    range_km            INT         NOT NULL COMMENT 'distance a full battery lasts',
    full_charge_minutes INT         NOT NULL COMMENT 'time a cabinet slot takes from empty to full',
    PRIMARY KEY (model)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Batteries: every BatteryInfo field of seed 1.2.2 and where the battery is: in a cabinet slot (cabinet_code,
-- grid_pos), with a user (user_id, the holder of its current binding), or neither (unplaced, e.g. after a
-- correction took it from a user). The charge level is the last one reported, with when.
CREATE TABLE battery (
    battery_code       VARCHAR(64)  NOT NULL,
    merchant_code      VARCHAR(64)  NULL     COMMENT 'BatteryInfo.merchantId: the owner; NULL until known',
    merchant_name      VARCHAR(100) NULL,
    user_id            VARCHAR(64)  NULL     COMMENT 'holder: the user of the current binding',
    user_name          VARCHAR(64)  NULL,
    user_phone         VARCHAR(20)  NULL,
    state              INT          NOT NULL COMMENT '1 bound to a user, 0 not (BatteryInfo.state)',
    model              VARCHAR(64)  NULL,
    cover              VARCHAR(500) NULL     COMMENT 'picture URL',
    cabinet_code       VARCHAR(64)  NULL,
    grid_pos           INT          NULL     COMMENT 'slot of the cabinet',
    charge_level       INT          NULL     COMMENT 'percent',
    charge_reported_at DATETIME     NULL,
    created_at         DATETIME     NOT NULL,
    updated_at         DATETIME     NOT NULL,
    PRIMARY KEY (battery_code),
    -- assetBatteryQuery (2.2.15): merchantIds, page ordered by merchant and battery code, read off the index in
    -- order (BatteryMapper#selectPageInMerchantOrder); the count reads only this index.
    KEY idx_battery_merchant_code (merchant_code, battery_code),
    -- assetBatteryQuery's userName filter: the name's batteries of the merchants, already in page order.
    KEY idx_battery_user_name (user_name, merchant_code, battery_code),
    -- One battery per slot: a swap that puts a battery into a slot finds the one recorded there (if the records
    -- disagree with the cabinet) and takes it out. NULLs (not in a cabinet) do not collide.
    UNIQUE KEY uk_battery_slot (cabinet_code, grid_pos)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- User-battery bindings: the seed's "用户与电池关系" with its id. A binding is current while unbound_at is NULL;
-- ended ones stay, so a user's initial battery is the first binding and its current one the open binding.
CREATE TABLE battery_binding (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    user_id              VARCHAR(64)  NOT NULL,
    user_name            VARCHAR(64)  NULL,
    user_phone           VARCHAR(20)  NULL,
    battery_code         VARCHAR(64)  NOT NULL,
    current_battery_code VARCHAR(64)  NULL     COMMENT 'battery_code while current, NULL once ended',
    merchant_code        VARCHAR(64)  NULL     COMMENT 'the user''s merchant (store); NULL when unknown',
    share_code           VARCHAR(64)  NULL     COMMENT 'that merchant''s shareCode when bound',
    bound_at             DATETIME     NOT NULL,
    bound_cause          VARCHAR(16)  NOT NULL COMMENT 'SWAP, CORRECTION, MIGRATION',
    unbound_at           DATETIME     NULL,
    unbound_cause        VARCHAR(16)  NULL,
    PRIMARY KEY (id),
    -- At most one current binding per battery, whatever races: a second bind of a bound battery fails here.
    -- Also every "current binding of this battery" lookup (swaps, corrections, migration, batteryCode filters).
    UNIQUE KEY uk_binding_current_battery (current_battery_code),
    -- assetBindingQuery (2.2.16) unfiltered: current bindings newest first, read backwards off the index.
    KEY idx_binding_unbound (unbound_at, id),
    -- assetMemberBatteryQuery (2.2.13) and its MERCHANT scope: one merchant's current bindings newest first.
    KEY idx_binding_merchant_unbound (merchant_code, unbound_at, id),
    -- userName filters of 2.2.13 / 2.2.16: a name's current bindings newest first; the count reads only the index.
    KEY idx_binding_user_name (user_name, unbound_at, id),
    -- phoneNo filter of 2.2.13 and member-assets by phone: a phone's bindings, first and newest at the ends.
    KEY idx_binding_phone (user_phone, id),
    -- member-assets by userId: first (initial) and newest (current) binding of a user.
    KEY idx_binding_user (user_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The totals of the unfiltered lists, per merchant: batteries owned (2.2.15 by merchants alone) and current bindings
-- (2.2.13 by stores alone, 2.2.16 unfiltered). Counting 500,000-1,000,000 index entries takes 50-130 ms at the
-- bench's size; summing at most one row per merchant takes well under one. MerchantTotals keeps them in the
-- transaction of every change; '' stands for batteries and bindings of no known merchant.
CREATE TABLE merchant_asset_total (
    merchant_code    VARCHAR(64) NOT NULL,
    batteries        BIGINT      NOT NULL,
    current_bindings BIGINT      NOT NULL,
    PRIMARY KEY (merchant_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every move of a battery with its cause, the place it left and the place it reached (cabinet slot or user).
CREATE TABLE battery_track (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    battery_code    VARCHAR(64) NOT NULL,
    cause           VARCHAR(16) NOT NULL COMMENT 'SWAP, CORRECTION, MIGRATION, DISPLACED',
    from_cabinet    VARCHAR(64) NULL,
    from_grid_pos   INT         NULL,
    from_user_id    VARCHAR(64) NULL,
    to_cabinet      VARCHAR(64) NULL,
    to_grid_pos     INT         NULL,
    to_user_id      VARCHAR(64) NULL,
    charge_level    INT         NULL,
    source          VARCHAR(64) NULL     COMMENT 'what moved it: swap order id, binding id',
    moved_at        DATETIME    NOT NULL,
    PRIMARY KEY (id),
    -- A battery's history in order.
    KEY idx_battery_track_battery (battery_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Vehicles of the merchants (seed 2.2.8's vehicle fields).
CREATE TABLE vehicle (
    code          VARCHAR(64)  NOT NULL,
    merchant_code VARCHAR(64)  NOT NULL,
    model         VARCHAR(64)  NULL,
    name          VARCHAR(100) NULL,
    spec          VARCHAR(100) NULL,
    img_url       VARCHAR(500) NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Rentals of vehicles: who has it, until when, with what deposit. Current while returned_at is NULL; overdue when
-- current and rental_end has passed (VehicleRental#isOverdue).
CREATE TABLE vehicle_rental (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    vehicle_code  VARCHAR(64) NOT NULL,
    merchant_code VARCHAR(64) NOT NULL,
    user_id       VARCHAR(64) NOT NULL,
    user_name     VARCHAR(64) NULL,
    user_phone    VARCHAR(20) NULL,
    deposit       BIGINT      NOT NULL COMMENT 'fen',
    rented_at     DATETIME    NOT NULL,
    rental_end    DATETIME    NOT NULL,
    returned_at   DATETIME    NULL,
    overdue_announced_at DATETIME NULL COMMENT 'when asset.rental-overdue was recorded for this rental',
    PRIMARY KEY (id),
    -- assetVehicleOverdue (2.2.8) and its MERCHANT scope: one merchant's current rentals past their end, longest
    -- overdue first, as an index range in page order.
    KEY idx_rental_merchant_overdue (merchant_code, returned_at, rental_end),
    -- RentalOverdueAnnouncer: current rentals whose overdue was not announced yet, oldest end first; announced
    -- ones leave the range for good, so a sweep reads only the few that became overdue since the last one.
    KEY idx_rental_overdue_unannounced (overdue_announced_at, returned_at, rental_end),
    -- member-assets: a user's first (initial) and newest (current) vehicle, by userId or by phone.
    KEY idx_rental_user (user_id, id),
    KEY idx_rental_phone (user_phone, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

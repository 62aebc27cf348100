-- Swap orders reported by cabinets, and the local copy of who owns each cabinet.
--
-- Every list is sorted by start_time DESC, id DESC. InnoDB appends the primary key (id) to every secondary
-- index, so an index ending in start_time already yields that order read backwards: the profiles below read
-- one page off the index and stop, instead of sorting every matching row.
CREATE TABLE swap_order (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    device_order_id      VARCHAR(64)  NOT NULL COMMENT 'the cabinet platform''s order id, the report idempotency key',
    device_id            VARCHAR(64)  NOT NULL,
    merchant_code        VARCHAR(64)  NULL     COMMENT 'merchant (promotion code) of the user',
    device_merchant_code VARCHAR(64)  NULL     COMMENT 'owner of the cabinet, copied from cabinet_owner',
    user_id              BIGINT       NOT NULL,
    phone                VARCHAR(20)  NULL,
    user_name            VARCHAR(64)  NULL,
    channel              VARCHAR(32)  NULL,
    order_type           TINYINT      NOT NULL COMMENT '1 normal, 0 abnormal',
    order_state          TINYINT      NOT NULL COMMENT '0 in progress, 1 completed, 2 abnormal awaiting handling, 3 abnormal handled',
    start_time           DATETIME     NOT NULL,
    complete_time        DATETIME     NULL,
    new_battery          VARCHAR(64)  NULL,
    old_battery          VARCHAR(64)  NULL,
    pay_status           TINYINT      NULL     COMMENT '0 unpaid, 1 paid',
    pay_type             TINYINT      NULL     COMMENT '1 monthly package, 2 count package, 3 pay per swap',
    borrow_box_no        INT          NULL,
    return_box_no        INT          NULL,
    borrow_electric      INT          NULL,
    return_electric      INT          NULL,
    package_name         VARCHAR(100) NULL,
    package_price        BIGINT       NULL     COMMENT 'fen',
    operator_id          VARCHAR(64)  NULL,
    operator_name        VARCHAR(64)  NULL,
    operator_time        DATETIME     NULL,
    remark               VARCHAR(500) NULL,
    created_at           DATETIME     NOT NULL,
    updated_at           DATETIME     NOT NULL,
    PRIMARY KEY (id),
    -- Backs swapOrderReport's idempotency: a second row for one cabinet order cannot exist.
    UNIQUE KEY uk_swap_order_device_order (device_order_id),
    -- 2.2.2 / 2.2.3 (merchant back office, cabinet normal/abnormal orders): deviceIds (or one deviceId) with
    -- orderType. Equality columns first, start_time next so each device's range is already in page order; the
    -- two owner columns last so a MERCHANT caller's scope is checked inside the index and its page count
    -- (total) never reads the table rows.
    KEY idx_swap_order_device_type_start (device_id, order_type, start_time, merchant_code, device_merchant_code),
    -- 2.2.4 (merchant member orders): merchantCodes with an optional OrderState; also the "order's merchant"
    -- half of MERCHANT scoping. State before start_time so a state filter stays an index range; the cabinet
    -- owner last, for the other half of the scope, again without reading rows.
    KEY idx_swap_order_merchant_state_start (merchant_code, order_state, start_time, device_merchant_code),
    -- The "cabinet owner" half of MERCHANT scoping, same shape as above so both halves can be merged.
    KEY idx_swap_order_device_merchant_state_start (device_merchant_code, order_state, start_time),
    -- 2.2.5 / 2.2.6 (operations lists of abnormal / normal orders): only orderType and a start-time range,
    -- the newest page of a type is read straight off the end of this index.
    KEY idx_swap_order_type_start (order_type, start_time),
    -- Every profile's phone search (2.2.2-2.2.6): a phone has few orders, newest first.
    KEY idx_swap_order_phone_start (phone, start_time),
    -- 2.2.5 / 2.2.6 battery search by the new battery, and 2.2.1's oldBattery: both are near-unique lookups.
    KEY idx_swap_order_new_battery (new_battery),
    KEY idx_swap_order_old_battery (old_battery),
    -- 2.2.1 by user name (exact match), a handful of orders per name.
    KEY idx_swap_order_user_name (user_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Who owns each cabinet, kept from asset-service's asset.cabinet-changed events (and demo data locally).
CREATE TABLE cabinet_owner (
    device_id     VARCHAR(64) NOT NULL,
    merchant_code VARCHAR(64) NOT NULL,
    updated_at    DATETIME    NOT NULL,
    PRIMARY KEY (device_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

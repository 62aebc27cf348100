-- Reference data of two store chains, loaded on an empty schema by local runs (suite.demo-data) and by the tests.
-- Clients discover the ids through svShopList (#11), svCardClassList (#9), svLevelList (#12), svGiftList (#13) and
-- svRechargePlanList (#14). Shop gates (business days) are opened by the loader, in the service's time zone.
INSERT INTO tenant (id, code, name) VALUES (1, 'T001', '鲜果连锁'), (2, 'T002', '烘焙工坊');

INSERT INTO shop (id, tenant_id, name) VALUES (1, 1, '鲜果连锁中关村店'), (2, 1, '鲜果连锁五道口店'),
    (3, 2, '烘焙工坊望京店');

-- Class 1: discount, member prices and points (1 point per 10 yuan, 100 points = 1 yuan, valid a year).
-- Class 2: a gift card that spends its bonus first, no points. Class 3: T002's own.
INSERT INTO card_class (id, tenant_id, name, card_type, can_recharge, can_member_price, can_discount, can_point,
    points_basic, points_to_one, points_valid_days, give_first) VALUES
    (1, 1, '金卡', 1, TRUE, TRUE, TRUE, TRUE, 10, 100, 365, FALSE),
    (2, 1, '礼品卡', 1, TRUE, FALSE, FALSE, FALSE, 0, 0, 0, TRUE),
    (3, 2, '烘焙储值卡', 1, TRUE, TRUE, FALSE, TRUE, 1, 100, 180, FALSE);

INSERT INTO member_level (id, tenant_id, name, level, discount, image_path) VALUES
    (1, 1, '普通会员', 1, 1.00, '/images/levels/normal.png'),
    (2, 1, '银卡会员', 2, 0.95, '/images/levels/silver.png'),
    (3, 1, '金卡会员', 3, 0.88, '/images/levels/gold.png'),
    (4, 2, '烘焙会员', 1, 0.90, NULL);

INSERT INTO member_tag (id, tenant_id, name) VALUES (1, 1, '常客'), (2, 1, '生日月'), (3, 2, '早餐');

INSERT INTO gift (id, tenant_id, name, points, price, image_path, in_use, stock) VALUES
    (1, 1, '帆布袋', 100, 19.90, '/images/gifts/bag.png', TRUE, 1000),
    (2, 1, '保温杯', 500, 89.00, '/images/gifts/cup.png', TRUE, 0),
    (3, 1, '旧款雨伞', 50, 29.00, NULL, FALSE, 10),
    (4, 2, '吐司券', 20, 12.00, NULL, TRUE, 500);

-- Plan 1 is on sale; 2 is sold out; 3 has ended; 4 is T002's.
INSERT INTO recharge_plan (id, tenant_id, name, money, pay_money, give_money, start_time, end_time,
    money_modifiable, remark, in_use, stock) VALUES
    (1, 1, '充500送50', 500.00, 500.00, 50.00, '2026-01-01 00:00:00', '2036-12-31 23:59:59', FALSE, '长期有效', TRUE, NULL),
    (2, 1, '充1000送200', 1000.00, 1000.00, 200.00, '2026-01-01 00:00:00', '2036-12-31 23:59:59', FALSE, '限量', TRUE, 0),
    (3, 1, '开业充值', 100.00, 100.00, 30.00, '2025-01-01 00:00:00', '2025-02-01 00:00:00', FALSE, '已结束', TRUE, NULL),
    (4, 2, '充200送20', 200.00, 200.00, 20.00, '2026-01-01 00:00:00', '2036-12-31 23:59:59', FALSE, NULL, TRUE, NULL);

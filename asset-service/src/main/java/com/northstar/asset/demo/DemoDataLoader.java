package com.northstar.asset.demo;

import com.northstar.asset.battery.BatteryModel;
import com.northstar.asset.merchant.MerchantTotals;
import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local runs ({@code suite.demo-data=true}): fills empty asset tables so every asset operation shows something.
 * Merchants M001-M003 and cabinets TK1001 TK1002 (M001), TK2001 TK2002 (M002), TK3001 (M003) exactly as the
 * Weichuang simulator has them; its batteries BT100001 BT100002 BT200001 BT200002 BT300001 in those cabinets and
 * bound to nobody here (their users have not migrated yet). Per merchant two local app users (phones 1370000xxxx),
 * each with a current battery and an initial one now back in a cabinet, and three vehicles: one overdue, one rented
 * until next month, one returned (the first user's initial vehicle).
 */
@Component
@ConditionalOnProperty(name = "suite.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    /** Full-charge range and charging time of the models the simulator's batteries have. */
    static final List<BatteryModel> BATTERY_MODELS = List.of(new BatteryModel("48V20Ah", 60, 240),
            new BatteryModel("60V24Ah", 80, 300));

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private record Shop(String code, String name, String region, String model, String cover) {
    }

    private static final List<Shop> SHOPS = List.of(
            new Shop("M001", "北极星换电海淀店", "海淀区", "48V20Ah", "https://img.example.com/battery/48v20.png"),
            new Shop("M002", "北极星换电朝阳店", "朝阳区", "60V24Ah", "https://img.example.com/battery/60v24.png"),
            new Shop("M003", "北极星换电丰台店", "丰台区", "48V20Ah", "https://img.example.com/battery/48v20.png"));

    private final JdbcClient jdbc;
    private final MerchantTotals totals;
    private final Clock clock;

    DemoDataLoader(JdbcClient jdbc, MerchantTotals totals, Clock clock) {
        this.jdbc = jdbc;
        this.totals = totals;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String table : new String[] { "merchant", "cabinet", "battery", "battery_binding", "vehicle" }) {
            if (jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single() > 0) {
                return;
            }
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(WireDates.ZONE)).withNano(0);
        for (BatteryModel model : BATTERY_MODELS) {
            jdbc.sql("INSERT INTO battery_model (model, range_km, full_charge_minutes) VALUES (?, ?, ?)")
                    .params(model.getModel(), model.getRangeKm(), model.getFullChargeMinutes()).update();
        }
        for (Shop shop : SHOPS) {
            jdbc.sql("INSERT INTO merchant (code, name, city_name, region_name, share_code) VALUES (?, ?, ?, ?, ?)")
                    .params(shop.code(), shop.name(), "北京市", shop.region(), shop.code() + "SHARE").update();
        }
        cabinet("TK1001", 0, "39.959912", "116.298056", "北京市海淀区中关村大街1号", "WC-12", 1, "自营", now);
        cabinet("TK1002", 0, "39.983424", "116.318450", "北京市海淀区成府路28号", "WC-12", 1, "自营", now);
        cabinet("TK2001", 1, "39.921489", "116.443108", "北京市朝阳区建国路88号", "WC-8", 1, "加盟", now);
        cabinet("TK2002", 1, "39.908000", "116.460000", "北京市朝阳区光华路9号", "WC-8", 0, "加盟", now);
        cabinet("TK3001", 2, "39.858427", "116.286968", "北京市丰台区丰台路66号", "WC-12", 1, "加盟", now);
        String[][] simulatorBatteries = { { "BT100001", "TK1001" }, { "BT100002", "TK1002" },
                { "BT200001", "TK2001" }, { "BT200002", "TK2002" }, { "BT300001", "TK3001" } };
        for (int i = 0; i < simulatorBatteries.length; i++) {
            Shop shop = SHOPS.get(simulatorBatteries[i][1].charAt(2) - '1');
            batteryInCabinet(simulatorBatteries[i][0], shop, simulatorBatteries[i][1], 1, 60 + i * 9,
                    now.minusMinutes(20 + i * 7), now);
        }
        for (int s = 0; s < SHOPS.size(); s++) {
            Shop shop = SHOPS.get(s);
            String cabinet = s == 0 ? "TK1001" : s == 1 ? "TK2001" : "TK3001";
            for (int u = 1; u <= 2; u++) {
                String user = String.format("%d%02d", 100 + s + 1, u);
                String phone = String.format("1370000%d%03d", s + 1, u);
                String name = new String[] { "陈静", "刘强", "杨洋", "黄敏", "吴杰", "周娟" }[s * 2 + u - 1];
                String initial = String.format("BL%d%02d1", s + 1, u);
                String current = String.format("BL%d%02d2", s + 1, u);
                LocalDateTime firstBound = now.minusDays(40 + u);
                LocalDateTime swapped = now.minusDays(3 + u);
                batteryInCabinet(initial, shop, cabinet, 1 + u, 30 + u * 10, swapped, now);
                batteryWithUser(current, shop, user, name, phone, 90 - u * 5, swapped, now);
                binding(user, name, phone, initial, shop, firstBound, "MIGRATION", swapped, "SWAP");
                binding(user, name, phone, current, shop, swapped, "SWAP", null, null);
            }
            for (int v = 1; v <= 3; v++) {
                jdbc.sql("INSERT INTO vehicle (code, merchant_code, model, name, spec, img_url) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                        .params(String.format("EV%d%03d", s + 1, v), shop.code(), "TDR" + (2000 + v), "雅迪冠能" + v,
                                "48V 1200W", "https://img.example.com/vehicle/tdr" + (2000 + v) + ".png").update();
            }
            String firstUser = String.format("%d01", 100 + s + 1);
            String secondUser = String.format("%d02", 100 + s + 1);
            rental(String.format("EV%d003", s + 1), shop, firstUser, String.format("1370000%d001", s + 1),
                    now.minusDays(90), now.minusDays(60), now.minusDays(61));
            rental(String.format("EV%d001", s + 1), shop, firstUser, String.format("1370000%d001", s + 1),
                    now.minusDays(40), now.minusDays(5 + s), null);
            rental(String.format("EV%d002", s + 1), shop, secondUser, String.format("1370000%d002", s + 1),
                    now.minusDays(10), now.plusDays(20), null);
        }
        totals.recount();
        log.info("demo data: 3 merchants, 5 cabinets, 17 batteries, 12 bindings, 9 vehicles");
    }

    private void cabinet(String code, int shop, String latitude, String longitude, String address, String model,
            int state, String operateMode, LocalDateTime now) {
        Shop owner = SHOPS.get(shop);
        jdbc.sql("INSERT INTO cabinet (tank_code, merchant_code, merchant_name, latitude, longitude, address, model, "
                + "state, cover, operate_mode, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, owner.code(), owner.name(), latitude, longitude, address, model, state,
                        "https://img.example.com/tank/" + model.toLowerCase() + ".png", operateMode, now, now)
                .update();
    }

    private void batteryInCabinet(String code, Shop shop, String cabinet, int slot, int level, LocalDateTime readAt,
            LocalDateTime now) {
        jdbc.sql("INSERT INTO battery (battery_code, merchant_code, merchant_name, state, model, cover, cabinet_code, "
                + "grid_pos, charge_level, charge_reported_at, created_at, updated_at) "
                + "VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, shop.code(), shop.name(), shop.model(), shop.cover(), cabinet, slot, level, readAt, now,
                        now).update();
    }

    private void batteryWithUser(String code, Shop shop, String user, String name, String phone, int level,
            LocalDateTime readAt, LocalDateTime now) {
        jdbc.sql("INSERT INTO battery (battery_code, merchant_code, merchant_name, user_id, user_name, user_phone, "
                + "state, model, cover, charge_level, charge_reported_at, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)")
                .params(code, shop.code(), shop.name(), user, name, phone, shop.model(), shop.cover(), level, readAt,
                        now, now).update();
    }

    private void binding(String user, String name, String phone, String battery, Shop shop, LocalDateTime boundAt,
            String boundCause, LocalDateTime unboundAt, String unboundCause) {
        jdbc.sql("INSERT INTO battery_binding (user_id, user_name, user_phone, battery_code, current_battery_code, "
                + "merchant_code, share_code, bound_at, bound_cause, unbound_at, unbound_cause) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(user, name, phone, battery, unboundAt == null ? battery : null, shop.code(),
                        shop.code() + "SHARE", boundAt, boundCause, unboundAt, unboundCause).update();
    }

    private void rental(String vehicle, Shop shop, String user, String phone, LocalDateTime rentedAt,
            LocalDateTime rentalEnd, LocalDateTime returnedAt) {
        String name = jdbc.sql("SELECT user_name FROM battery_binding WHERE user_id = ? LIMIT 1").param(user)
                .query(String.class).single();
        jdbc.sql("INSERT INTO vehicle_rental (vehicle_code, merchant_code, user_id, user_name, user_phone, deposit, "
                + "rented_at, rental_end, returned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(vehicle, shop.code(), user, name, phone, 59_900L, rentedAt, rentalEnd, returnedAt).update();
    }
}

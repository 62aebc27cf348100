package com.northstar.asset.demo;

import com.northstar.asset.battery.BatteryModel;
import com.northstar.asset.merchant.MerchantTotals;
import com.northstar.platform.service.data.MultiRowInserts;
import com.northstar.platform.core.time.WireDates;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads a benchmark-sized asset set ({@link SyntheticAssets}): 100 merchants, 20,000 cabinets, N batteries and as
 * many bindings, half current. Appends to what is there; codes carry the run's start time.
 */
@Component
class BulkAssetLoad {

    static final int MERCHANTS = 100;
    static final int CABINETS = 20_000;

    private final MultiRowInserts inserts;
    private final JdbcClient jdbc;
    private final MerchantTotals totals;
    private final Clock clock;

    BulkAssetLoad(MultiRowInserts inserts, JdbcClient jdbc, MerchantTotals totals, Clock clock) {
        this.inserts = inserts;
        this.jdbc = jdbc;
        this.totals = totals;
        this.clock = clock;
    }

    record Outcome(long batteries, long bindings, Duration took) {

        long rowsPerSecond() {
            return (batteries + bindings) * 1000 / Math.max(1, took.toMillis());
        }
    }

    /** @param batteries an even number: batteries come in pairs (see {@link SyntheticAssets}) */
    Outcome load(long batteries, int cabinets, LongConsumer progress) throws SQLException {
        if (batteries % 2 != 0) {
            throw new IllegalArgumentException("batteries come in pairs: give an even number");
        }
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock.withZone(WireDates.ZONE)).withNano(0);
        SyntheticAssets assets = new SyntheticAssets(MERCHANTS, cabinets, Long.toString(clock.millis(), 36) + "-",
                now);
        addMissingMerchants();
        inserts.insert(new MultiRowInserts.Rows("cabinet", SyntheticAssets.CABINET_COLUMNS, cabinets,
                assets::cabinetRow), written -> { });
        inserts.insert(new MultiRowInserts.Rows("battery", SyntheticAssets.BATTERY_COLUMNS, batteries,
                assets::batteryRow), progress);
        inserts.insert(new MultiRowInserts.Rows("battery_binding", SyntheticAssets.BINDING_COLUMNS, batteries,
                assets::bindingRow), written -> progress.accept(batteries + written));
        totals.recount();
        return new Outcome(batteries, batteries, Duration.ofNanos(System.nanoTime() - started));
    }

    private void addMissingMerchants() {
        for (int i = 1; i <= MERCHANTS; i++) {
            String code = SyntheticAssets.merchant(i);
            jdbc.sql("INSERT INTO merchant (code, name, city_name, region_name, share_code) SELECT ?, ?, ?, ?, ? "
                    + "FROM (SELECT 1 AS one) x WHERE NOT EXISTS (SELECT 1 FROM merchant WHERE code = ?)")
                    .params(code, "测试商户" + code, "北京市", "测试区" + (i % 16 + 1), code + "SHARE", code).update();
        }
        for (BatteryModel model : DemoDataLoader.BATTERY_MODELS) {
            jdbc.sql("INSERT INTO battery_model (model, range_km, full_charge_minutes) SELECT ?, ?, ? "
                    + "FROM (SELECT 1 AS one) x WHERE NOT EXISTS (SELECT 1 FROM battery_model WHERE model = ?)")
                    .params(model.getModel(), model.getRangeKm(), model.getFullChargeMinutes(), model.getModel())
                    .update();
        }
    }
}

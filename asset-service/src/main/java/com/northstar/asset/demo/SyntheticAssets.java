package com.northstar.asset.demo;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A benchmark-sized fleet, reproducible from its sequence numbers: {@code merchants} merchants ({@code M001..}),
 * {@code cabinets} cabinets dealt to them in turn, and batteries in pairs. Pair k belongs to user k of the
 * merchant owning cabinet k: its even battery was the user's first (the binding has ended, the battery is back in
 * a slot of that cabinet), its odd battery is with the user now (the current binding). So N batteries make N/2
 * users and N bindings, half of them current. Codes carry the run's prefix, so runs append.
 */
final class SyntheticAssets {

    static final List<String> BATTERY_COLUMNS = List.of("battery_code", "merchant_code", "merchant_name", "user_id",
            "user_name", "user_phone", "state", "model", "cover", "cabinet_code", "grid_pos", "charge_level",
            "charge_reported_at", "created_at", "updated_at");
    static final List<String> BINDING_COLUMNS = List.of("user_id", "user_name", "user_phone", "battery_code",
            "current_battery_code", "merchant_code", "share_code", "bound_at", "bound_cause", "unbound_at",
            "unbound_cause");
    static final List<String> CABINET_COLUMNS = List.of("tank_code", "merchant_code", "merchant_name", "latitude",
            "longitude", "address", "model", "state", "cover", "operate_mode", "created_at", "updated_at");

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙" };
    private static final String[] GIVEN_NAMES = { "伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "艳", "勇", "军", "杰",
            "娟", "涛", "明", "超" };

    private final int merchants;
    private final int cabinets;
    private final String prefix;
    private final LocalDateTime now;

    /** @param prefix makes this run's cabinet, battery and user codes unique */
    SyntheticAssets(int merchants, int cabinets, String prefix, LocalDateTime now) {
        this.merchants = merchants;
        this.cabinets = cabinets;
        this.prefix = prefix;
        this.now = now;
    }

    static String merchant(long index) {
        return String.format("M%03d", index);
    }

    String merchantOfCabinet(long cabinet) {
        return merchant((cabinet - 1) % merchants + 1);
    }

    String cabinet(long cabinet) {
        return "TG" + prefix + cabinet;
    }

    Object[] cabinetRow(long sequence) {
        return new Object[] { cabinet(sequence), merchantOfCabinet(sequence), null,
                String.format("%.6f", 39.8 + sequence % 1000 / 5000.0),
                String.format("%.6f", 116.2 + sequence / 1000 % 1000 / 5000.0), "北京市测试路" + sequence + "号",
                "WC-12", 1, null, "自营", now, now };
    }

    /** Battery 1..N: odd ones with their user, even ones in slot k/cabinets+1 of cabinet k. */
    Object[] batteryRow(long sequence) {
        long pair = (sequence + 1) / 2;
        long cabinetNo = (pair - 1) % cabinets + 1;
        String merchant = merchantOfCabinet(cabinetNo);
        String model = DemoDataLoader.BATTERY_MODELS.get((int) (pair % DemoDataLoader.BATTERY_MODELS.size()))
                .getModel();
        int level = (int) (5 + sequence * 37 % 96);
        LocalDateTime readAt = now.minusMinutes(sequence % 600);
        if (sequence % 2 == 1) {
            return new Object[] { battery(sequence), merchant, null, user(pair), userName(pair), phone(pair), 1,
                    model, null, null, null, level, readAt, now, now };
        }
        int slot = (int) ((pair - 1) / cabinets + 1);
        return new Object[] { battery(sequence), merchant, null, null, null, null, 0, model, null,
                cabinet(cabinetNo), slot, level, readAt, now, now };
    }

    /** Binding 1..N: per pair, the ended first binding (even battery) and then the current one (odd battery). */
    Object[] bindingRow(long sequence) {
        long pair = (sequence + 1) / 2;
        String merchant = merchantOfCabinet((pair - 1) % cabinets + 1);
        LocalDateTime first = now.minusDays(60).plusMinutes(pair % 40_000);
        LocalDateTime swapped = first.plusDays(20);
        if (sequence % 2 == 1) {
            return new Object[] { user(pair), userName(pair), phone(pair), battery(pair * 2), null, merchant,
                    merchant + "SHARE", first, "MIGRATION", swapped, "SWAP" };
        }
        return new Object[] { user(pair), userName(pair), phone(pair), battery(pair * 2 - 1), battery(pair * 2 - 1),
                merchant, merchant + "SHARE", swapped, "SWAP", null, null };
    }

    String battery(long sequence) {
        return "BG" + prefix + sequence;
    }

    private String user(long pair) {
        return "G" + prefix + pair;
    }

    private static String userName(long pair) {
        return SURNAMES[(int) (pair % SURNAMES.length)] + GIVEN_NAMES[(int) (pair / SURNAMES.length
                % GIVEN_NAMES.length)];
    }

    private static String phone(long pair) {
        return "136" + String.format("%08d", pair % 100_000_000L);
    }
}

package com.northstar.asset.battery;

import java.time.LocalDateTime;

/**
 * The two estimates of assetBatteryQuery (2.2.15), from the last charge reading and the battery's model.
 * <ul>
 * <li>{@link #fullAt}: only a battery in a cabinet slot charges. It charges linearly: from {@code level} percent it
 * needs {@code (100 - level)%} of the model's {@code fullChargeMinutes}, rounded up to a minute, counted from when
 * the level was read. A battery read at 100 % was full then. A battery with a user (or nowhere) is not charging:
 * no time.</li>
 * <li>{@link #rangeKm}: {@code level%} of the model's full-charge range, rounded down to a km, wherever the battery
 * is.</li>
 * </ul>
 * Without a reading or a known model there is no estimate (null): a guess would be shown as a fact.
 *
 * @param model null when the battery's model is unknown here
 */
record BatteryCharge(Integer level, LocalDateTime readAt, boolean inCabinet, BatteryModel model) {

    static final int FULL = 100;

    LocalDateTime fullAt() {
        if (level == null || readAt == null || !inCabinet || model == null) {
            return null;
        }
        if (level >= FULL) {
            return readAt;
        }
        long minutes = ((long) (FULL - level) * model.getFullChargeMinutes() + FULL - 1) / FULL;
        return readAt.plusMinutes(minutes);
    }

    Integer rangeKm() {
        if (level == null || model == null) {
            return null;
        }
        return Math.min(level, FULL) * model.getRangeKm() / FULL;
    }
}

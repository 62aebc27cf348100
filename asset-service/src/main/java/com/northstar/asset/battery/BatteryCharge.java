package com.northstar.asset.battery;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The two estimates of assetBatteryQuery (2.2.15), from the last charge reading and the battery's model.
 * <ul>
 * <li>{@link #fullAt}: only a battery in a cabinet slot charges. It charges linearly: from {@code level} percent it
 * needs {@code (100 - level)%} of the model's {@code fullChargeMinutes}, rounded up to a minute, counted from when
 * the level was read. A battery read at 100 % was full then. A battery with a user (or nowhere) is not charging:
 * no time.</li>
 * <li>{@link #levelAt}: the charge now. A battery in a slot has gained {@code 100%} per {@code fullChargeMinutes}
 * since it was read (whole percents, at most 100); anywhere else it keeps the level read, since nothing reports its
 * use between swaps.</li>
 * <li>{@link #rangeKmAt}: that level's share of the model's full-charge range, rounded down to a km.</li>
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

    Integer levelAt(LocalDateTime now) {
        if (level == null || readAt == null || !inCabinet || model == null || !now.isAfter(readAt)) {
            return level == null ? null : Math.min(level, FULL);
        }
        long gained = Duration.between(readAt, now).toMinutes() * FULL / model.getFullChargeMinutes();
        return (int) Math.min(FULL, level + gained);
    }

    Integer rangeKmAt(LocalDateTime now) {
        Integer levelNow = levelAt(now);
        if (levelNow == null || model == null) {
            return null;
        }
        return levelNow * model.getRangeKm() / FULL;
    }
}

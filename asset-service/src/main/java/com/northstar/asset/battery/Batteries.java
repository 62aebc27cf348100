package com.northstar.asset.battery;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.asset.merchant.MerchantTotals;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves batteries, inside the caller's transaction: each move locks the battery, changes its place, and records
 * the move in {@code battery_track}, so no move is ever lost.
 */
@Service
public class Batteries {

    private static final Logger log = LoggerFactory.getLogger(Batteries.class);

    private final BatteryMapper batteries;
    private final BatteryTrackMapper tracks;
    private final MerchantTotals totals;

    Batteries(BatteryMapper batteries, BatteryTrackMapper tracks, MerchantTotals totals) {
        this.batteries = batteries;
        this.tracks = tracks;
        this.totals = totals;
    }

    /**
     * The battery, locked; registered first, owned by {@code ownerCode}, when seen for the first time. Inserts
     * before reading: reading a missing row first would take a gap lock, and concurrent registrations would
     * deadlock on it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Battery lockOrRegister(String code, String ownerCode, String ownerName, LocalDateTime now) {
        try {
            batteries.insert(Battery.registered(code, ownerCode, ownerName, now));
            totals.batteryRegistered(ownerCode);
        } catch (DuplicateKeyException known) {
            // Known already: lock it as it is.
        }
        return batteries.selectForUpdate(code);
    }

    /** The known battery, locked; empty when this service has never seen it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Battery> lock(String code) {
        return Optional.ofNullable(batteries.selectForUpdate(code));
    }

    /**
     * Puts the battery into a cabinet slot. A battery the records still have in that slot cannot be there: the
     * cabinet's report is the physical truth, so that one is taken out to no known place (and tracked as
     * {@link MoveCause#DISPLACED}). A report without the slot still puts the battery into the cabinet.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void putInto(Battery battery, String cabinet, Integer slot, Integer level, LocalDateTime at,
            MoveCause cause, String source) {
        Battery recordedThere = slot == null ? null : batteries.selectInSlotForUpdate(cabinet, slot);
        if (recordedThere != null && !recordedThere.getBatteryCode().equals(battery.getBatteryCode())) {
            log.warn("battery {} was recorded in cabinet {} slot {}, where {} was just returned; taking it out",
                    recordedThere.getBatteryCode(), cabinet, slot, battery.getBatteryCode());
            takeAway(recordedThere, at, MoveCause.DISPLACED, source);
        }
        Place from = battery.place();
        battery.putInto(cabinet, slot, level, at);
        save(battery, from, cause, source, at);
    }

    /** Hands the battery to a user, out of any cabinet; {@code level} null keeps the last reading. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handTo(Battery battery, Holder holder, Integer level, LocalDateTime at, MoveCause cause,
            String source) {
        Place from = battery.place();
        battery.handTo(holder, level, at);
        save(battery, from, cause, source, at);
    }

    /** Takes the battery from its slot or user to no known place. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void takeAway(Battery battery, LocalDateTime at, MoveCause cause, String source) {
        Place from = battery.place();
        battery.takeAway(at);
        save(battery, from, cause, source, at);
    }

    /** The known batteries among {@code codes}, by code (a page's batteries in one statement). */
    public Map<String, Battery> byCodes(Collection<String> codes) {
        Set<String> distinct = Set.copyOf(codes);
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return batteries.selectByIds(distinct).stream()
                .collect(Collectors.toMap(Battery::getBatteryCode, Function.identity()));
    }

    /** Writes the place, the holder and the reading, nulls included: a move clears what no longer holds. */
    private void save(Battery battery, Place from, MoveCause cause, String source, LocalDateTime at) {
        batteries.update(null, Wrappers.lambdaUpdate(Battery.class)
                .set(Battery::getUserId, battery.getUserId())
                .set(Battery::getUserName, battery.getUserName())
                .set(Battery::getUserPhone, battery.getUserPhone())
                .set(Battery::getState, battery.getState())
                .set(Battery::getCabinetCode, battery.getCabinetCode())
                .set(Battery::getGridPos, battery.getGridPos())
                .set(Battery::getChargeLevel, battery.getChargeLevel())
                .set(Battery::getChargeReportedAt, battery.getChargeReportedAt())
                .set(Battery::getUpdatedAt, battery.getUpdatedAt())
                .eq(Battery::getBatteryCode, battery.getBatteryCode()));
        tracks.insert(BatteryTrack.of(battery, from, cause, source, at));
    }
}

package com.northstar.asset.cabinet;

import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.outbox.Outbox;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code assetTankUpdate}: moves a cabinet, taking it over from Weichuang first when it is new here. Weichuang is
 * asked outside any transaction (no row stays locked while partner-adapter answers); the change and its event then
 * commit together.
 */
@Service
class CabinetService {

    private final CabinetMapper cabinets;
    private final PartnerTanks partnerTanks;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CabinetService(CabinetMapper cabinets, PartnerTanks partnerTanks, Outbox outbox, TransactionTemplate transactions,
            Clock clock) {
        this.cabinets = cabinets;
        this.partnerTanks = partnerTanks;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    void update(String tankCode, Location location) {
        if (cabinets.selectById(tankCode) == null) {
            TankInfo tank = partnerTanks.find(tankCode)
                    .orElseThrow(() -> ApiException.notFound("tankCode " + tankCode + " is unknown"));
            transactions.executeWithoutResult(status -> createAt(tank, location));
            return;
        }
        transactions.executeWithoutResult(status -> relocate(tankCode, location));
    }

    /** One event for the new cabinet, at the location the update gave it. */
    private void createAt(TankInfo tank, Location location) {
        LocalDateTime now = LocalDateTime.now(clock);
        Cabinet cabinet = Cabinet.fromPartner(tank, now);
        cabinet.relocate(location, now);
        try {
            cabinets.insert(cabinet);
        } catch (DuplicateKeyException createdMeanwhile) {
            relocate(tank.tankCode(), location);
            return;
        }
        outbox.record(CabinetChangedEvent.TOPIC, cabinet.getTankCode(), CabinetChangedEvent.TYPE,
                CabinetChangedEvent.of(cabinet, CabinetChangeCause.CREATED_FROM_PARTNER));
    }

    private void relocate(String tankCode, Location location) {
        Cabinet cabinet = cabinets.selectForUpdate(tankCode);
        if (cabinet.relocate(location, LocalDateTime.now(clock))) {
            cabinets.updateById(cabinet);
            outbox.record(CabinetChangedEvent.TOPIC, tankCode, CabinetChangedEvent.TYPE,
                    CabinetChangedEvent.of(cabinet, CabinetChangeCause.LOCATION_UPDATED));
        }
    }
}

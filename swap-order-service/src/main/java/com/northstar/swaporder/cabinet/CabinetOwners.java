package com.northstar.swaporder.cabinet;

import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The local read model of cabinet ownership that MERCHANT scoping of orders relies on. */
@Service
public class CabinetOwners {

    /** Orders handed their owner per statement: a cabinet with many unowned orders never updates all in one. */
    static final int OWNER_BATCH = 500;

    private final CabinetOwnerMapper mapper;
    private final Clock clock;

    CabinetOwners(CabinetOwnerMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The merchant owning the cabinet, or null while this service has not heard of it. */
    public String ownerOf(String deviceId) {
        CabinetOwner owner = mapper.selectById(deviceId);
        return owner == null ? null : owner.getMerchantCode();
    }

    /** Records the cabinet's current owner and hands it to the cabinet's orders that have none yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOwner(String deviceId, String merchantCode) {
        CabinetOwner owner = new CabinetOwner(deviceId, merchantCode, LocalDateTime.now(clock.withZone(WireDates.ZONE)));
        if (mapper.updateById(owner) == 0) {
            mapper.insert(owner);
        }
        int assigned;
        do {
            assigned = mapper.assignOwnerToUnownedOrders(deviceId, merchantCode, OWNER_BATCH);
        } while (assigned == OWNER_BATCH);
    }
}

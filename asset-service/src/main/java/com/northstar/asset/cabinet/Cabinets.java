package com.northstar.asset.cabinet;

import org.springframework.stereotype.Service;

/** What other features need to know of a cabinet. */
@Service
public class Cabinets {

    private final CabinetMapper mapper;

    Cabinets(CabinetMapper mapper) {
        this.mapper = mapper;
    }

    /** The merchant owning the cabinet, or null when this service does not know it. */
    public String ownerOf(String tankCode) {
        Cabinet cabinet = mapper.selectById(tankCode);
        return cabinet == null ? null : cabinet.getMerchantCode();
    }
}

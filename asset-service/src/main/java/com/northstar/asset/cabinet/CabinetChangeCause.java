package com.northstar.asset.cabinet;

/** Why {@code asset.cabinet-changed} was published. */
enum CabinetChangeCause {
    /** A known cabinet moved (assetTankUpdate). */
    LOCATION_UPDATED,
    /** A cabinet unknown here was taken over from Weichuang's answer (and placed where the update said). */
    CREATED_FROM_PARTNER
}

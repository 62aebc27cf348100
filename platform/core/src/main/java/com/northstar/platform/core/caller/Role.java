package com.northstar.platform.core.caller;

/** Who may call an operation (the catalog's "callers" column). People carry these in their JWT's roles. */
public enum Role {
    /** platform operations staff */
    OPS,
    /** a merchant back-office user; sees only the merchants its token names */
    MERCHANT,
    /** Weichuang's systems, HMAC-signed */
    PARTNER,
    /** an end user of the consumer app */
    APP,
    /** a store cashier or store admin of one tenant */
    POS,
    /** a parking administrator */
    PARK,
    /** a cabinet platform reporting swaps, HMAC-signed */
    DEVICE,
    /** a payment provider's notifications, HMAC-signed */
    PAYMENT,
    /**
     * another service of the suite calling over the internal network (catalog "INTERNAL"); the gateway never
     * routes to such an operation and no token or key grants it
     */
    INTERNAL;

    /**
     * Whether people hold this role (in a JWT). PARTNER, DEVICE and PAYMENT belong to systems that sign their
     * requests, INTERNAL to the suite's own services; a token claiming one of them grants nothing.
     */
    public boolean isPersonRole() {
        return this != PARTNER && this != DEVICE && this != PAYMENT && this != INTERNAL;
    }
}

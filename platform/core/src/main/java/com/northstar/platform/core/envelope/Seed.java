package com.northstar.platform.core.envelope;

/**
 * The three source documents. Each has its own envelope, and every failure a client sees, from the gateway or
 * a service, is written in the envelope of the seed its operation belongs to.
 */
public enum Seed {

    /** 000: battery swap with Weichuang, KOP envelope. */
    KOP {
        @Override
        public Object failure(int code, String message) {
            return new KopFailure(code, message);
        }
    },
    /** 001: university parking rental. */
    PARKING {
        @Override
        public Object failure(int code, String message) {
            return ParkingResponse.failure(message);
        }
    },
    /** 002: stored-value membership cards. */
    STORED_VALUE {
        @Override
        public Object failure(int code, String message) {
            return StoredValueResponse.failure(code, message);
        }
    };

    /**
     * The failure body of this seed.
     *
     * @param code the seed's own code; for KOP and stored value it is written as is, parking only says "1"
     */
    public abstract Object failure(int code, String message);
}

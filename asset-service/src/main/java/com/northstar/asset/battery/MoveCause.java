package com.northstar.asset.battery;

/** Why a battery moved, as its track records it. */
public enum MoveCause {
    /** A cabinet reported a swap: the returned battery into a slot, the borrowed one to the user. */
    SWAP,
    /** Operations corrected a binding (2.2.17): the old battery away from the user, the given one to the user. */
    CORRECTION,
    /** A Weichuang user migrated with the battery they hold. */
    MIGRATION,
    /** A swap put another battery into the slot this one was recorded in: the cabinet's report wins. */
    DISPLACED
}

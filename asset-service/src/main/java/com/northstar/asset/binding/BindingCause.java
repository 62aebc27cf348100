package com.northstar.asset.binding;

import com.northstar.asset.battery.MoveCause;

/** Why a binding began or ended; the {@code cause} of {@code asset.binding-changed}. */
enum BindingCause {
    SWAP(MoveCause.SWAP),
    CORRECTION(MoveCause.CORRECTION),
    MIGRATION(MoveCause.MIGRATION);

    private final MoveCause move;

    BindingCause(MoveCause move) {
        this.move = move;
    }

    /** How the battery's track records the move that goes with the binding change. */
    MoveCause move() {
        return move;
    }
}

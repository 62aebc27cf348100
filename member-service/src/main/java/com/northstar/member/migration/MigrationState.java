package com.northstar.member.migration;

/**
 * The steps of a Weichuang user's migration, in order; each one's result is stored before the next begins, so the
 * saga continues from the stored step after a restart ({@link MigrationResumer}).
 *
 * <pre>
 * STARTED         row written; next: pull user, deposit, package, batteries from partner-adapter (waits on WEICHUANG)
 * PULLED          the pull stored; next: member NEW + pending access review, in one transaction
 * PENDING_REVIEW  waits for the merchant: approval -> APPROVED, rejection -> REJECTED (member CANCELLED)
 * APPROVED        terms stored; next: asset migrate for each battery, each result stored (waits on ASSET)
 * BOUND           every battery bound (or refused by asset); next: member IN_USE + member.migration-completed
 * COMPLETED       final
 * REJECTED        final
 * </pre>
 * A phone Weichuang does not know leaves no migration (the row is removed, the start answers 404).
 */
enum MigrationState {

    STARTED(Waits.WEICHUANG),
    PULLED(null),
    PENDING_REVIEW(Waits.MERCHANT),
    APPROVED(Waits.ASSET),
    BOUND(null),
    COMPLETED(null),
    REJECTED(null);

    /** Who a step may wait on. */
    enum Waits { WEICHUANG, ASSET, MERCHANT }

    private final Waits waits;

    MigrationState(Waits waits) {
        this.waits = waits;
    }

    boolean isFinal() {
        return this == COMPLETED || this == REJECTED;
    }

    /** Whether the saga itself takes the next step (not final, not waiting for the merchant). */
    boolean isResumable() {
        return !isFinal() && waits != Waits.MERCHANT;
    }

    /** Who the next step depends on, null for a local step. */
    Waits waits() {
        return waits;
    }
}

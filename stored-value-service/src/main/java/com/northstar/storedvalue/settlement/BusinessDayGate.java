package com.northstar.storedvalue.settlement;

import com.northstar.storedvalue.support.StoredValueStatus;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's business day, kept per shop in {@link #SLOTS} gate rows. A card command passes one slot (by card, so
 * tills on different cards rarely wait on each other) and holds it to its commit; a settlement takes every slot,
 * so it starts only when the commands in flight are done and none starts while it sums the day (902).
 */
@Component
public class BusinessDayGate {

    public static final int SLOTS = 16;

    private final ShopGateMapper gates;

    BusinessDayGate(ShopGateMapper gates) {
        this.gates = gates;
    }

    /** Opens a new shop's gate at {@code firstDay}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(long shopId, LocalDate firstDay) {
        for (int slot = 0; slot < SLOTS; slot++) {
            gates.insertSlot(shopId, slot, firstDay);
        }
    }

    /**
     * Passes the gate for a command on card {@code cardId} at shop {@code shopId}: 902 while the shop's day is being
     * settled; otherwise the business day the command's ledger lines belong to.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LocalDate pass(long shopId, long cardId) {
        ShopGate slot = gates.lockSlot(shopId, (int) Math.floorMod(cardId, (long) SLOTS));
        if (slot == null) {
            throw new IllegalStateException("shop " + shopId + " has no business day gate");
        }
        if (slot.getSettlingSince() != null) {
            throw StoredValueStatus.SETTLING.refuse("the shop's business day is being settled; try again shortly");
        }
        return slot.getBusinessDay();
    }

    /** Whether card business is allowed at the shop now (its day is not being settled), without waiting. */
    public boolean isOpen(long shopId) {
        return slotZero(shopId).getSettlingSince() == null;
    }

    /** The shop's open business day, without waiting for anything. */
    public LocalDate openDay(long shopId) {
        return slotZero(shopId).getBusinessDay();
    }

    private ShopGate slotZero(long shopId) {
        ShopGate slot = gates.slotZero(shopId);
        if (slot == null) {
            throw new IllegalStateException("shop " + shopId + " has no business day gate");
        }
        return slot;
    }
}

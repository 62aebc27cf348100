package com.northstar.storedvalue.card;

import com.northstar.storedvalue.support.SeedCode;
import com.northstar.storedvalue.support.StoredValueRefusal;
import com.northstar.storedvalue.support.StoredValueStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * A card's states and the moves between them: the seed's {@code cardStatus}/{@code status} (dictionary #5).
 *
 * <pre>
 * NORMAL ──report loss (#33)──► LOST ──cancel loss (#34)──► NORMAL
 * NORMAL | LOST ──void (#36)──► VOIDED          (604 from then on)
 * NORMAL ──return (#30)──► RETURNED             (601)
 * NORMAL | LOST ──replace (#35)──► REPLACED     (601; the new card carries on)
 * </pre>
 */
public enum CardStatus implements SeedCode {

    NORMAL(1, "正常"),
    LOST(2, "挂失"),
    VOIDED(3, "作废"),
    RETURNED(4, "已退卡"),
    REPLACED(5, "已换卡");

    private final int code;
    private final String label;

    CardStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static CardStatus of(int code) {
        return SeedCode.of(CardStatus.class, code);
    }

    /** The states this one may move to. */
    Set<CardStatus> next() {
        return switch (this) {
            case NORMAL -> EnumSet.of(LOST, VOIDED, RETURNED, REPLACED);
            case LOST -> EnumSet.of(NORMAL, VOIDED, REPLACED);
            case VOIDED, RETURNED, REPLACED -> EnumSet.noneOf(CardStatus.class);
        };
    }

    /** Why money cannot move on a card in this state (pay, recharge, refund, points), or null when it can. */
    StoredValueRefusal refusalOfBusiness() {
        return switch (this) {
            case NORMAL -> null;
            case LOST -> StoredValueStatus.CARD_LOST.refuse("the card is reported lost; cancel the loss first");
            case VOIDED -> StoredValueStatus.CARD_VOIDED.refuse("the card is voided");
            case RETURNED -> StoredValueStatus.CARD_UNUSABLE.refuse("the card was returned");
            case REPLACED -> StoredValueStatus.CARD_UNUSABLE.refuse("the card was replaced by another");
        };
    }

    /** Why the card cannot move to {@code target}, or null when it can. */
    StoredValueRefusal refusalOfMove(CardStatus target) {
        if (next().contains(target)) {
            return null;
        }
        return switch (this) {
            case VOIDED -> StoredValueStatus.CARD_VOIDED.refuse("the card is voided");
            case LOST -> StoredValueStatus.CARD_LOST.refuse("the card is reported lost");
            default -> StoredValueStatus.CARD_UNUSABLE.refuse("a card that is " + name().toLowerCase()
                    + " cannot become " + target.name().toLowerCase());
        };
    }
}

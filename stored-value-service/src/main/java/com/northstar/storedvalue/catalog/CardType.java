package com.northstar.storedvalue.catalog;

/** What a card class is for: the seed's {@code cardType} and its {@code cardTypeName}. */
public enum CardType {

    STORED_VALUE(1, "储值卡"),
    DISCOUNT(2, "折扣卡"),
    POINTS(3, "积分卡");

    private final int code;
    private final String label;

    CardType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static CardType of(int code) {
        for (CardType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("no card type " + code);
    }
}

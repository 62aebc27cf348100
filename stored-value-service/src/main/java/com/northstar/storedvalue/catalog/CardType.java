package com.northstar.storedvalue.catalog;

import com.northstar.storedvalue.support.SeedCode;

/** What a card class is for: the seed's {@code cardType} and its {@code cardTypeName}. */
public enum CardType implements SeedCode {

    STORED_VALUE(1, "储值卡"),
    DISCOUNT(2, "折扣卡"),
    POINTS(3, "积分卡");

    private final int code;
    private final String label;

    CardType(int code, String label) {
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

    public static CardType of(int code) {
        return SeedCode.of(CardType.class, code);
    }
}

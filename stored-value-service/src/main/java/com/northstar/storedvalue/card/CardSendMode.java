package com.northstar.storedvalue.card;

import com.northstar.storedvalue.support.SeedCode;

/** How a card was issued: the seed's {@code cardSendMode} (dictionary #6). */
public enum CardSendMode implements SeedCode {

    SOLD(1, "售卡"),
    GIVEN(2, "赠卡"),
    IMPORTED(3, "导入"),
    MIGRATED(4, "迁移"),
    REPLACEMENT(5, "换卡");

    private final int code;
    private final String label;

    CardSendMode(int code, String label) {
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

    public static CardSendMode of(int code) {
        return SeedCode.of(CardSendMode.class, code);
    }
}

package com.northstar.parking.order;

import java.util.Arrays;
import java.util.Optional;

/** {@code priceType}: which of the product's prices a renewal pays, 01 校内 (inside) or 02 校外 (outside). */
enum PriceType {

    INSIDE("01"),
    OUTSIDE("02");

    private final String code;

    PriceType(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<PriceType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    long unitPriceFen(OrderBook.LockedCard card) {
        return this == INSIDE ? card.priceInsideFen() : card.priceOutsideFen();
    }
}

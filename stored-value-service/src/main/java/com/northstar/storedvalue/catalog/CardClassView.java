package com.northstar.storedvalue.catalog;

import com.northstar.storedvalue.cardclass.CardClass;

/** #9, #10: a card class as the seed shows it. */
public record CardClassView(String name, Integer cardType, String cardTypeName, Boolean canRecharge,
        Boolean canMemberPrice, Boolean canDiscount, Boolean canPoint, Integer pointsBasic, Integer pointsToOne,
        Integer pointsValidDays, Long id) {

    static CardClassView of(CardClass cardClass) {
        return new CardClassView(cardClass.getName(), cardClass.getCardType(),
                CardType.of(cardClass.getCardType()).label(), cardClass.getCanRecharge(),
                cardClass.getCanMemberPrice(), cardClass.getCanDiscount(), cardClass.getCanPoint(),
                cardClass.getPointsBasic(), cardClass.getPointsToOne(), cardClass.getPointsValidDays(),
                cardClass.getId());
    }
}

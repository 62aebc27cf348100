package com.northstar.storedvalue.carddetail;

import com.northstar.storedvalue.card.Card;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * #8: a card as the seed's card block shows it, in its field order. {@code password} never leaves the service: it is
 * always answered empty.
 */
record CardDetail(BigDecimal totalRecharge, BigDecimal actualRecharge, BigDecimal giveRecharge,
        BigDecimal totalExpense, BigDecimal actualExpense, BigDecimal giveExpense, BigDecimal balance,
        BigDecimal actualBalance, BigDecimal giveBalance, Integer totalPoints, Integer actualPoints,
        Integer usedPoints, LocalDateTime pointsDisabledDate, LocalDateTime effectiveTime, Long memberCardClassId,
        String memberCardClassName, Integer status, String statusName, Integer cardSendMode, Long shopId,
        String shopName, String password, String code, String mac, Long id) {

    private static final String PASSWORD_NEVER_SHOWN = "";

    static CardDetail of(Card card, String cardClassName, String shopName) {
        return new CardDetail(card.getActualRecharge().add(card.getGiveRecharge()), card.getActualRecharge(),
                card.getGiveRecharge(), card.getActualExpense().add(card.getGiveExpense()), card.getActualExpense(),
                card.getGiveExpense(), card.balance(), card.getActualBalance(), card.getGiveBalance(),
                card.getTotalPoints(), card.getActualPoints(), card.getUsedPoints(), card.getPointsDisabledDate(),
                card.getEffectiveTime(), card.getCardClassId(), cardClassName, card.getStatus(), card.state().label(),
                card.getSendMode(), card.getShopId(), shopName, PASSWORD_NEVER_SHOWN, card.getCode(), card.getMac(),
                card.getId());
    }
}

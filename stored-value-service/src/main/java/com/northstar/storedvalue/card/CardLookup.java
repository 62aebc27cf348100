package com.northstar.storedvalue.card;

import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.time.WireDates;
import com.northstar.storedvalue.support.StoredValueStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Finds the card a request names, in the caller's tenant (another tenant's card is not found, 602). A card is
 * proven present by its mac (卡密) or by one of its unexpired dynamic pay codes (#39; an expired one is 606).
 */
@Component
public class CardLookup {

    private final CardMapper cards;
    private final PayCodeMapper payCodes;
    private final Clock clock;

    CardLookup(CardMapper cards, PayCodeMapper payCodes, Clock clock) {
        this.cards = cards;
        this.payCodes = payCodes;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /** The card by number alone (a lost card's owner has no mac); 602 when there is none. */
    public Card byCode(String cardCode) {
        if (cardCode == null || cardCode.isBlank()) {
            throw ApiException.badRequest("missing required field cardCode");
        }
        Card card = cards.selectByCode(cardCode.trim());
        if (card == null) {
            throw StoredValueStatus.CARD_NOT_FOUND.refuse("no card " + cardCode.trim());
        }
        return card;
    }

    /** The card by number, proven by its mac or pay code; by mac alone when no number is given. */
    public Card byCodeAndMac(String cardCode, String mac) {
        if (cardCode == null || cardCode.isBlank()) {
            return byMac(mac);
        }
        requireMac(mac);
        Card card = byCode(cardCode);
        if (sameSecret(card.getMac(), mac)) {
            return card;
        }
        PayCode payCode = payCodes.selectById(mac.trim());
        if (payCode != null && payCode.getCardId().equals(card.getId())) {
            return unexpired(payCode, card);
        }
        throw StoredValueStatus.CARD_NOT_FOUND.refuse("no card " + card.getCode() + " with this mac");
    }

    /** The card a swiped mac or a scanned pay code belongs to. */
    public Card byMac(String mac) {
        requireMac(mac);
        Card card = cards.selectByMac(mac.trim());
        if (card != null) {
            return card;
        }
        PayCode payCode = payCodes.selectById(mac.trim());
        if (payCode == null) {
            throw StoredValueStatus.CARD_NOT_FOUND.refuse("no card with this mac or pay code");
        }
        return unexpired(payCode, cards.selectById(payCode.getCardId()));
    }

    private Card unexpired(PayCode payCode, Card card) {
        if (payCode.expiredAt(LocalDateTime.now(clock))) {
            throw StoredValueStatus.PAY_CODE_EXPIRED.refuse("the pay code expired at "
                    + WireDates.format(payCode.getExpiresAt()));
        }
        return card;
    }

    private static void requireMac(String mac) {
        if (mac == null || mac.isBlank()) {
            throw ApiException.badRequest("missing required field mac");
        }
    }

    private static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.trim().getBytes(StandardCharsets.UTF_8));
    }
}

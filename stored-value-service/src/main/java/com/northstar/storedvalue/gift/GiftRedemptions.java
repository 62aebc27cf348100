package com.northstar.storedvalue.gift;

import com.northstar.platform.core.error.ApiException;
import com.northstar.storedvalue.card.Card;
import com.northstar.storedvalue.card.CardAccounts;
import com.northstar.storedvalue.card.CardAccounts.CardSession;
import com.northstar.storedvalue.card.CardLookup;
import com.northstar.storedvalue.catalog.Gift;
import com.northstar.storedvalue.catalog.GiftMapper;
import com.northstar.storedvalue.support.CardStamps;
import com.northstar.storedvalue.support.OncePerSerial;
import com.northstar.storedvalue.support.StoredValueStatus;
import com.northstar.storedvalue.tenancy.Till;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** #37: spending a card's points on a gift: 608 for a gift of another tenant, disabled or out of stock; 607 short. */
@Service
class GiftRedemptions {

    private final CardLookup lookup;
    private final CardAccounts accounts;
    private final GiftMapper gifts;
    private final OncePerSerial once;

    GiftRedemptions(CardLookup lookup, CardAccounts accounts, GiftMapper gifts, OncePerSerial once) {
        this.lookup = lookup;
        this.accounts = accounts;
        this.gifts = gifts;
        this.once = once;
    }

    @Transactional
    public boolean redeem(GiftRedeemRequest request, Till till) {
        long readAt = CardStamps.parse(request.timestamp());
        if (request.giftId() == null) {
            throw ApiException.badRequest("missing required field giftId");
        }
        Card found = lookup.byCodeAndMac(request.cardCode(), request.mac());
        return once.runOncePerVersion("svGiftRedeem", found.getCode(), readAt, request, Boolean.class, () -> {
            CardSession session = accounts.begin(till, found);
            Card card = session.card();
            card.requireInBusiness();
            card.requireNotChangedSince(readAt);
            Gift gift = gifts.selectById(request.giftId());
            if (gift == null || !Boolean.TRUE.equals(gift.getInUse())) {
                throw StoredValueStatus.GIFT_UNAVAILABLE.refuse("gift " + request.giftId() + " is not available");
            }
            session.record(card.redeemPoints(gift.getPoints()), "gift:" + gift.getId(), gift.getId());
            if (gifts.takeOne(gift.getId()) != 1) {
                throw StoredValueStatus.GIFT_UNAVAILABLE.refuse("gift " + gift.getId() + " is out of stock");
            }
            session.save();
            return true;
        });
    }
}

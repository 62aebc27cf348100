package com.northstar.storedvalue.lifecycle;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.platform.core.error.ApiException;
import com.northstar.storedvalue.card.Card;
import com.northstar.storedvalue.card.CardAccounts;
import com.northstar.storedvalue.card.CardAccounts.CardSession;
import com.northstar.storedvalue.card.CardLookup;
import com.northstar.storedvalue.card.CardMapper;
import com.northstar.storedvalue.card.CardSendMode;
import com.northstar.storedvalue.card.CardStatus;
import com.northstar.storedvalue.member.Member;
import com.northstar.storedvalue.member.MemberMapper;
import com.northstar.storedvalue.support.CardStamps;
import com.northstar.storedvalue.support.OncePerSerial;
import com.northstar.storedvalue.support.StoredValueStatus;
import com.northstar.storedvalue.tenancy.Till;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** #33-#36: a card reported lost and found again, replaced by a new one, or voided. Moves as {@link CardStatus} allows. */
@Service
class CardLifecycle {

    private final CardLookup lookup;
    private final CardAccounts accounts;
    private final CardMapper cards;
    private final MemberMapper members;
    private final CardStamps stamps;
    private final OncePerSerial once;

    CardLifecycle(CardLookup lookup, CardAccounts accounts, CardMapper cards, MemberMapper members,
            CardStamps stamps, OncePerSerial once) {
        this.lookup = lookup;
        this.accounts = accounts;
        this.cards = cards;
        this.members = members;
        this.stamps = stamps;
        this.once = once;
    }

    /** #33: pay and recharge get 603 until the loss is cancelled. */
    @Transactional
    public boolean reportLoss(CardLifecycleRequest request, Till till) {
        long readAt = CardStamps.parse(request.timestamp());
        Card found = lookup.byCode(request.cardCode());
        return once.runOncePerVersion("svCardReportLoss", found.getCode(), readAt, request, Boolean.class,
                () -> move(till, found, readAt, CardStatus.LOST));
    }

    /** #34: needs the card's mac: whoever cancels the loss holds the card again. */
    @Transactional
    public boolean cancelLoss(CardLifecycleRequest request, Till till) {
        long readAt = CardStamps.parse(request.timestamp());
        Card found = lookup.byCodeAndMac(request.cardCode(), request.mac());
        return once.runOncePerVersion("svCardCancelLoss", found.getCode(), readAt, request, Boolean.class, () -> {
            if (found.state() != CardStatus.LOST) {
                throw StoredValueStatus.CARD_UNUSABLE.refuse("the card is not reported lost");
            }
            return move(till, found, readAt, CardStatus.NORMAL);
        });
    }

    /**
     * #35: a new card ({@code cardCode} + {@code mac}, not yet used in the tenant) takes over the member, balances,
     * points and totals of {@code oldCardCode} in one transaction; the old card is then unusable (601).
     */
    @Transactional
    public boolean replace(CardLifecycleRequest request, Till till) {
        long readAt = CardStamps.parse(request.timestamp());
        String newCode = OncePerSerial.serial("cardCode", request.cardCode());
        String newMac = OncePerSerial.serial("mac", request.mac());
        Card old = lookup.byCode(OncePerSerial.serial("oldCardCode", request.oldCardCode()));
        return once.runOncePerVersion("svCardReplace", old.getCode(), readAt, request, Boolean.class, () -> {
            if (cards.selectByCode(newCode) != null || cards.selectByMac(newMac) != null) {
                throw ApiException.badRequest("card " + newCode + " or its mac is already in use");
            }
            CardSession oldSession = accounts.begin(till, old);
            Card oldCard = oldSession.card();
            oldCard.requireNotChangedSince(readAt);
            oldCard.moveTo(CardStatus.REPLACED);
            Card replacement = Card.issued(newCode, newMac, oldCard.getCardClassId(), till.shopId(),
                    CardSendMode.REPLACEMENT, accounts.now(), stamps.nowMillis());
            CardSession newSession = accounts.open(till, replacement);
            newSession.saveOpened();
            CardSession moving = accounts.begin(till, replacement);
            String serial = "replace:" + oldCard.getCode();
            moving.record(moving.card().transferIn(oldCard), serial, oldCard.getId());
            oldSession.record(oldCard.transferOut(), serial, replacement.getId());
            oldSession.save();
            moving.save();
            if (oldCard.getMemberId() != null) {
                members.update(null, Wrappers.<Member>lambdaUpdate().set(Member::getCardId, replacement.getId())
                        .eq(Member::getId, oldCard.getMemberId()));
            }
            return true;
        });
    }

    /** #36: 604 from then on; voiding a voided card again changes nothing. */
    @Transactional
    public boolean voidCard(CardLifecycleRequest request, Till till) {
        Card found = lookup.byCode(request.cardCode());
        if (found.state() == CardStatus.VOIDED) {
            return true;
        }
        CardSession session = accounts.begin(till, found);
        session.card().moveTo(CardStatus.VOIDED);
        session.save();
        return true;
    }

    private boolean move(Till till, Card found, long readAt, CardStatus target) {
        CardSession session = accounts.begin(till, found);
        session.card().requireNotChangedSince(readAt);
        session.card().moveTo(target);
        session.save();
        return true;
    }
}

package com.northstar.storedvalue.member;

import com.northstar.platform.core.error.ApiException;
import com.northstar.storedvalue.card.Card;
import com.northstar.storedvalue.card.CardAccounts;
import com.northstar.storedvalue.card.CardMapper;
import com.northstar.storedvalue.card.CardSendMode;
import com.northstar.storedvalue.cardclass.CardClassMapper;
import com.northstar.storedvalue.catalog.MemberLevelMapper;
import com.northstar.storedvalue.support.OncePerSerial;
import com.northstar.storedvalue.support.StoredValueStatus;
import com.northstar.storedvalue.tenancy.Till;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens members with their cards (#19; #38 and #40 open theirs the same way) and changes member data (#20). A card
 * is opened through {@link CardAccounts#open}, so whatever it starts with is its OPEN ledger line.
 */
@Service
public class MemberCards {

    private final MemberMapper members;
    private final CardMapper cards;
    private final CardClassMapper cardClasses;
    private final MemberLevelMapper levels;
    private final CardAccounts accounts;
    private final OncePerSerial once;
    private final Clock clock;

    MemberCards(MemberMapper members, CardMapper cards, CardClassMapper cardClasses, MemberLevelMapper levels,
            CardAccounts accounts, OncePerSerial once, Clock clock) {
        this.members = members;
        this.cards = cards;
        this.cardClasses = cardClasses;
        this.levels = levels;
        this.accounts = accounts;
        this.once = once;
        this.clock = clock;
    }

    /** #19: a new member with a sold card at the till's shop, once per card number; {@code data} = member id. */
    @Transactional
    public long create(MemberRequest request, Till till) {
        String cardCode = cardCode(request.cardCode());
        String mac = mac(request.cardMac());
        MemberProfile profile = request.profile().requireName();
        long cardClassId = cardClassOfTenant(request.cardClassId());
        return once.run("svMemberCreate", cardCode, request, Long.class, () -> open(till, profile,
                newCard(cardCode, mac, cardClassId, till, CardSendMode.SOLD)));
    }

    /** A card to open at the till's shop, empty: the caller puts any opening balance on it before {@link #open}. */
    public Card newCard(String cardCode, String mac, long cardClassId, Till till, CardSendMode mode) {
        return Card.issued(cardCode, mac, cardClassId, till.shopId(), mode, accounts.now(), clock.millis());
    }

    /**
     * Opens {@code card} (with what it holds as its OPEN ledger line) for a new member of {@code profile}, in the
     * caller's transaction; 801 when its number or mac is already a card of the tenant, 400 for a level, tag or
     * card class not of the tenant. Answers the member's id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long open(Till till, MemberProfile profile, Card card) {
        cardClassOfTenant(card.getCardClassId());
        requireOfTenant(profile);
        if (cards.selectByCode(card.getCode()) != null) {
            throw StoredValueStatus.DUPLICATE_SERIAL.refuse("card " + card.getCode() + " already exists");
        }
        if (cards.selectByMac(card.getMac()) != null) {
            throw StoredValueStatus.DUPLICATE_SERIAL.refuse("the mac of card " + card.getCode()
                    + " is already another card's");
        }
        Member member = Member.of(profile, accounts.now());
        members.insert(member);
        card.setMemberId(member.getId());
        try {
            accounts.open(till, card).saveOpened();
        } catch (DuplicateKeyException openedMeanwhile) {
            throw StoredValueStatus.DUPLICATE_SERIAL.refuse("card " + card.getCode()
                    + " or its mac was opened by another request meanwhile");
        }
        member.setCardId(card.getId());
        members.updateById(member);
        linkTags(member.getId(), profile.memberTagIds());
        return member.getId();
    }

    /** #20: member data only; balances, points and the card's state are never touched here. 602 for no member. */
    @Transactional
    public void update(MemberRequest request) {
        if (request.id() == null) {
            throw ApiException.badRequest("missing required field id");
        }
        MemberProfile profile = request.profile();
        Member member = members.selectById(request.id());
        if (member == null) {
            throw StoredValueStatus.CARD_NOT_FOUND.refuse("no member " + request.id());
        }
        requireOfTenant(profile);
        member.change(profile, accounts.now());
        members.updateById(member);
        if (profile.memberTagIds() != null) {
            members.unlinkTags(member.getId());
            linkTags(member.getId(), profile.memberTagIds());
        }
    }

    public long cardClassOfTenant(Long cardClassId) {
        if (cardClassId == null) {
            throw ApiException.badRequest("missing required field cardClassId");
        }
        if (cardClasses.selectById(cardClassId) == null) {
            throw ApiException.badRequest("card class " + cardClassId + " is not one of the tenant's");
        }
        return cardClassId;
    }

    private void requireOfTenant(MemberProfile profile) {
        if (profile.memberLevelId() != null && levels.selectById(profile.memberLevelId()) == null) {
            throw ApiException.badRequest("member level " + profile.memberLevelId() + " is not one of the tenant's");
        }
        List<Long> tags = profile.memberTagIds();
        if (tags != null && !tags.isEmpty() && members.countTags(tags) != tags.size()) {
            throw ApiException.badRequest("memberTagIds names a tag that is not one of the tenant's");
        }
    }

    private void linkTags(long memberId, List<Long> tagIds) {
        if (tagIds != null && !tagIds.isEmpty()) {
            members.linkTags(memberId, tagIds);
        }
    }

    public static String cardCode(String value) {
        String code = OncePerSerial.serial("cardCode", value);
        if (code.length() > 32) {
            throw ApiException.badRequest("field cardCode is longer than 32 characters");
        }
        return code;
    }

    public static String mac(String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing required field cardMac");
        }
        if (value.trim().length() > 64) {
            throw ApiException.badRequest("field cardMac is longer than 64 characters");
        }
        return value.trim();
    }
}

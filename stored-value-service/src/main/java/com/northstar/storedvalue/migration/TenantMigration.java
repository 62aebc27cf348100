package com.northstar.storedvalue.migration;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.platform.core.error.ApiException;
import com.northstar.storedvalue.card.Card;
import com.northstar.storedvalue.card.CardAccounts;
import com.northstar.storedvalue.card.CardAccounts.CardSession;
import com.northstar.storedvalue.card.CardChange;
import com.northstar.storedvalue.card.CardMapper;
import com.northstar.storedvalue.card.CardSendMode;
import com.northstar.storedvalue.card.CardStatus;
import com.northstar.storedvalue.cardclass.CardClass;
import com.northstar.storedvalue.cardclass.CardClassMapper;
import com.northstar.storedvalue.catalog.MemberLevel;
import com.northstar.storedvalue.catalog.MemberLevelMapper;
import com.northstar.storedvalue.member.Member;
import com.northstar.storedvalue.member.MemberCards;
import com.northstar.storedvalue.member.MemberMapper;
import com.northstar.storedvalue.member.MemberProfile;
import com.northstar.storedvalue.support.StoredValueRefusal;
import com.northstar.storedvalue.tenancy.ShopMapper;
import com.northstar.storedvalue.tenancy.TenantScope;
import com.northstar.storedvalue.tenancy.Tenants;
import com.northstar.storedvalue.tenancy.Till;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * #40: moves every member of one tenant, with its current card, into another, opened at one of its shops. Money
 * moves, it is never copied: the source card gives everything up (a TRANSFER_OUT ledger line, status REPLACED) and
 * the target card is opened with exactly that (its OPEN line, send mode MIGRATED), in one transaction per member, so
 * a failure stops with every member either wholly moved or untouched. A member whose card number is already a card
 * of the target tenant was moved before (or collides) and is skipped: running it again moves nothing twice.
 */
@Service
class TenantMigration {

    /** The migration's counts, for the answer's message. */
    record Outcome(int migrated, int skipped) {
        String message() {
            return "migrated " + migrated + ", skipped " + skipped;
        }
    }

    private final Tenants tenants;
    private final ShopMapper shops;
    private final MemberMapper members;
    private final CardMapper cards;
    private final CardClassMapper cardClasses;
    private final MemberLevelMapper levels;
    private final CardAccounts accounts;
    private final MemberCards memberCards;
    private final TransactionTemplate transactions;

    TenantMigration(Tenants tenants, ShopMapper shops, MemberMapper members, CardMapper cards,
            CardClassMapper cardClasses, MemberLevelMapper levels, CardAccounts accounts, MemberCards memberCards,
            TransactionTemplate transactions) {
        this.tenants = tenants;
        this.shops = shops;
        this.members = members;
        this.cards = cards;
        this.cardClasses = cardClasses;
        this.levels = levels;
        this.accounts = accounts;
        this.memberCards = memberCards;
        this.transactions = transactions;
    }

    Outcome migrate(MigrateRequest request, String operator) {
        long source = tenant("tenantIdByMemberExport", request.tenantIdByMemberExport());
        long target = tenant("tenantIdByMemberImport", request.tenantIdByMemberImport());
        if (source == target) {
            throw ApiException.badRequest("tenantIdByMemberExport and tenantIdByMemberImport are the same tenant");
        }
        if (request.shopId() == null
                || TenantScope.callAs(target, () -> shops.selectById(request.shopId())) == null) {
            throw ApiException.badRequest("shopId must be a shop of the importing tenant");
        }
        Till targetTill = new Till(target, request.shopId(), operator);
        long cardClass = TenantScope.callAs(target, this::firstCardClass);
        Long level = TenantScope.callAs(target, this::lowestLevel);
        List<Long> memberIds = TenantScope.callAs(source, () -> members.selectList(Wrappers.<Member>lambdaQuery()
                .select(Member::getId).isNotNull(Member::getCardId).orderByAsc(Member::getId))).stream()
                .map(Member::getId).toList();
        int migrated = 0;
        for (long memberId : memberIds) {
            Boolean moved = transactions.execute(status ->
                    move(memberId, source, targetTill, cardClass, level, operator));
            if (Boolean.TRUE.equals(moved)) {
                migrated++;
            }
        }
        return new Outcome(migrated, memberIds.size() - migrated);
    }

    /** Moves one member and its card; false (nothing changed) when the target has the card or refuses it. */
    private boolean move(long memberId, long source, Till targetTill, long cardClass, Long level, String operator) {
        Member member = TenantScope.callAs(source, () -> members.selectById(memberId));
        Card found = TenantScope.callAs(source, () -> cards.selectById(member.getCardId()));
        if (TenantScope.callAs(targetTill.tenantId(), () -> cards.selectByCode(found.getCode())) != null) {
            return false;
        }
        CardChange out = TenantScope.callAs(source, () -> giveUp(found, new Till(source, found.getShopId(),
                operator), targetTill.tenantId()));
        if (out == null) {
            return false;
        }
        TenantScope.callAs(targetTill.tenantId(), () -> {
            Card card = memberCards.newCard(found.getCode(), found.getMac(), cardClass, targetTill,
                    CardSendMode.MIGRATED);
            card.setActualBalance(out.actualDelta().negate());
            card.setActualRecharge(out.actualDelta().negate());
            card.setGiveBalance(out.giveDelta().negate());
            card.setGiveRecharge(out.giveDelta().negate());
            card.setActualPoints(-out.pointsDelta());
            card.setTotalPoints(-out.pointsDelta());
            card.setPointsDisabledDate(found.getPointsDisabledDate());
            return memberCards.open(targetTill, new MemberProfile(member.getName(), member.getSex(),
                    member.getBirthday(), member.getPhone(), member.getIdCard(), member.getAddress(), level, null),
                    card);
        });
        return true;
    }

    /** The source card gives up its balances and points and is closed as replaced; null if its state forbids it. */
    private CardChange giveUp(Card found, Till sourceTill, long target) {
        CardSession session = accounts.begin(sourceTill, found);
        Card card = session.card();
        try {
            card.moveTo(CardStatus.REPLACED);
        } catch (StoredValueRefusal closedAlready) {
            return null;
        }
        CardChange out = card.transferOut();
        session.record(out, "migrate-to-tenant-" + target, null);
        session.save();
        return out;
    }

    private long tenant(String field, Long id) {
        if (id == null) {
            throw ApiException.badRequest("missing required field " + field);
        }
        return tenants.byId(id).orElseThrow(() -> ApiException.badRequest(field + " " + id + " is no tenant"))
                .getId();
    }

    private long firstCardClass() {
        return cardClasses.selectList(Wrappers.<CardClass>lambdaQuery().orderByAsc(CardClass::getId)).stream()
                .findFirst().orElseThrow(() -> ApiException.badRequest("the importing tenant has no card class"))
                .getId();
    }

    private Long lowestLevel() {
        return levels.selectList(Wrappers.<MemberLevel>lambdaQuery().orderByAsc(MemberLevel::getLevel)
                .orderByAsc(MemberLevel::getId)).stream().findFirst().map(MemberLevel::getId).orElse(null);
    }
}

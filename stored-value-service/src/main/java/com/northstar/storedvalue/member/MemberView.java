package com.northstar.storedvalue.member;

import com.northstar.storedvalue.card.CardStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A member with its card, exactly the seed's member example (#1, #2/#3 rows and {@code sumData}, #4, #7) in its
 * field order. Totals are actual plus give; {@code code} (会员卡号) is the card number.
 */
public record MemberView(Long cardId, String cardCode, String cardMac, Long cardClassId, String cardClassName,
        BigDecimal totalRecharge, BigDecimal actualRecharge, BigDecimal giveRecharge, BigDecimal totalExpense,
        BigDecimal actualExpense, BigDecimal giveExpense, BigDecimal balance, BigDecimal actualBalance,
        BigDecimal giveBalance, Integer totalPoints, Integer actualPoints, Integer usedPoints,
        LocalDateTime pointsDisabledDate, LocalDateTime effectiveTime, Integer cardStatus, String cardStatusName,
        Integer cardSendMode, String cardSendShopName, String name, Integer sex, LocalDateTime birthday, String phone,
        String idCard, String address, String code, Long memberLevelId, Integer memberLevel, String memberLevelName,
        List<Long> memberTagIds, List<String> memberTagNames, List<Tag> memberTags, Long id) {

    /** One tag of the member, as the seed's {@code memberTags} items show it. */
    public record Tag(String name, Long id) {
    }

    static MemberView of(MemberRow row, List<Tag> tags) {
        return new MemberView(row.cardId, row.cardCode, row.cardMac, row.cardClassId, row.cardClassName,
                row.actualRecharge.add(row.giveRecharge), row.actualRecharge, row.giveRecharge,
                row.actualExpense.add(row.giveExpense), row.actualExpense, row.giveExpense,
                row.actualBalance.add(row.giveBalance), row.actualBalance, row.giveBalance, row.totalPoints,
                row.actualPoints, row.usedPoints, row.pointsDisabledDate, row.effectiveTime, row.cardStatus,
                CardStatus.of(row.cardStatus).label(), row.cardSendMode, row.cardSendShopName, row.name, row.sex,
                row.birthday, row.phone, row.idCard, row.address, row.cardCode, row.memberLevelId, row.memberLevel,
                row.memberLevelName, tags.stream().map(Tag::id).toList(), tags.stream().map(Tag::name).toList(), tags,
                row.id);
    }

    /** A page's {@code sumData}: the sums over every matching member; fields that add up to nothing are null. */
    static MemberView sumOf(MemberSums sums) {
        return new MemberView(null, null, null, null, null, sums.actualRecharge.add(sums.giveRecharge),
                sums.actualRecharge, sums.giveRecharge, sums.actualExpense.add(sums.giveExpense), sums.actualExpense,
                sums.giveExpense, sums.actualBalance.add(sums.giveBalance), sums.actualBalance, sums.giveBalance,
                sums.totalPoints, sums.actualPoints, sums.usedPoints, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }
}

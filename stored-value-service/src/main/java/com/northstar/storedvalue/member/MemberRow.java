package com.northstar.storedvalue.member;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A member joined with its card, class, issuing shop and level, as {@code selectRows} reads it. */
public class MemberRow {

    Long id;
    Long cardId;
    String cardCode;
    String cardMac;
    Long cardClassId;
    String cardClassName;
    BigDecimal actualRecharge;
    BigDecimal giveRecharge;
    BigDecimal actualExpense;
    BigDecimal giveExpense;
    BigDecimal actualBalance;
    BigDecimal giveBalance;
    Integer totalPoints;
    Integer actualPoints;
    Integer usedPoints;
    LocalDateTime pointsDisabledDate;
    LocalDateTime effectiveTime;
    Integer cardStatus;
    Integer cardSendMode;
    String cardSendShopName;
    String name;
    Integer sex;
    LocalDateTime birthday;
    String phone;
    String idCard;
    String address;
    Long memberLevelId;
    Integer memberLevel;
    String memberLevelName;
}

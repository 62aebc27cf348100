package com.northstar.storedvalue.member;

import java.math.BigDecimal;

/** How many members a filter matches and the sums over all of their cards, as {@code sumRows} reads them. */
public class MemberSums {

    long totalCount;
    BigDecimal actualRecharge;
    BigDecimal giveRecharge;
    BigDecimal actualExpense;
    BigDecimal giveExpense;
    BigDecimal actualBalance;
    BigDecimal giveBalance;
    Integer totalPoints;
    Integer actualPoints;
    Integer usedPoints;
}

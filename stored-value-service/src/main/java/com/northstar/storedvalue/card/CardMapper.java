package com.northstar.storedvalue.card;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.math.BigDecimal;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Cards of the scoped tenant (every statement gets its tenant condition from {@code TenantLine}). */
@Mapper
public interface CardMapper extends BaseMapper<Card> {

    @Select("SELECT * FROM card WHERE code = #{code}")
    Card selectByCode(@Param("code") String code);

    @Select("SELECT * FROM card WHERE mac = #{mac}")
    Card selectByMac(@Param("mac") String mac);

    /** The discount of the member's level (a price factor, 0.95 = 5% off); null when the member has no level. */
    @Select("SELECT ml.discount FROM member m JOIN member_level ml ON ml.id = m.member_level_id WHERE m.id = #{memberId}")
    BigDecimal levelDiscountOfMember(@Param("memberId") long memberId);

    /** The card, locked until the transaction ends: commands on one card run one after another. */
    @Select("SELECT * FROM card WHERE id = #{id} FOR UPDATE")
    Card lockById(@Param("id") long id);

    /**
     * Writes a changed card: compare-and-set on the version it was read at, so a change made in between is never
     * overwritten (the write then changes nothing and the command is refused).
     */
    @Update("""
            UPDATE card SET status = #{card.status}, member_id = #{card.memberId},
              actual_balance = #{card.actualBalance}, give_balance = #{card.giveBalance},
              actual_recharge = #{card.actualRecharge}, give_recharge = #{card.giveRecharge},
              actual_expense = #{card.actualExpense}, give_expense = #{card.giveExpense},
              total_points = #{card.totalPoints}, actual_points = #{card.actualPoints}, used_points = #{card.usedPoints},
              points_disabled_date = #{card.pointsDisabledDate}, changed_at = #{card.changedAt}
            WHERE id = #{card.id} AND changed_at = #{readVersion}""")
    int compareAndSet(@Param("card") Card card, @Param("readVersion") long readVersion);
}

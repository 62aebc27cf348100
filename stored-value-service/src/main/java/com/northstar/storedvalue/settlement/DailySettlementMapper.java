package com.northstar.storedvalue.settlement;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface DailySettlementMapper extends BaseMapper<DailySettlement> {

    /** The sums of the ledger lines of {@code day} at {@code shopId}, by kind. */
    @Select("""
            SELECT kind, SUM(actual_delta) actual, SUM(give_delta) give, COUNT(*) line_count
            FROM card_ledger WHERE shop_id = #{shopId} AND business_day = #{day} GROUP BY kind""")
    List<LedgerKindTotal> ledgerTotals(@Param("shopId") long shopId, @Param("day") LocalDate day);

    /** The settlements of {@code shopId} from {@code first} to {@code last} (both included), oldest first. */
    @Select("""
            SELECT * FROM daily_settlement WHERE shop_id = #{shopId} AND business_day BETWEEN #{first} AND #{last}
            ORDER BY business_day""")
    List<DailySettlement> settledBetween(@Param("shopId") long shopId, @Param("first") LocalDate first,
            @Param("last") LocalDate last);
}

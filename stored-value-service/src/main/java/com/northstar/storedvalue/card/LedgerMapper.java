package com.northstar.storedvalue.card;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface LedgerMapper extends BaseMapper<LedgerLine> {

    /**
     * Cards of the scoped tenant whose balances or points are not the sums of their ledger lines (none, always).
     */
    @Select("""
            SELECT c.code FROM card c LEFT JOIN (
              SELECT card_id, SUM(actual_delta) actual, SUM(give_delta) give, SUM(points_delta) points
              FROM card_ledger GROUP BY card_id) l ON l.card_id = c.id
            WHERE c.actual_balance <> COALESCE(l.actual, 0) OR c.give_balance <> COALESCE(l.give, 0)
               OR c.actual_points <> COALESCE(l.points, 0)
               OR c.actual_balance < 0 OR c.give_balance < 0 OR c.actual_points < 0
            ORDER BY c.code""")
    List<String> cardsNotMatchingTheirLedger();
}

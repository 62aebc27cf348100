package com.northstar.storedvalue.settlement;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ShopGateMapper extends BaseMapper<ShopGate> {

    /** One slot, locked until the card command that took it commits: a settlement waits for it. */
    @Select("SELECT * FROM shop_gate WHERE shop_id = #{shopId} AND slot = #{slot} FOR UPDATE")
    ShopGate lockSlot(@Param("shopId") long shopId, @Param("slot") int slot);

    /** Every slot of the shop, locked: no card command of the shop is in flight once this returns. */
    @Select("SELECT * FROM shop_gate WHERE shop_id = #{shopId} ORDER BY slot FOR UPDATE")
    List<ShopGate> lockAll(@Param("shopId") long shopId);

    @Select("SELECT * FROM shop_gate WHERE shop_id = #{shopId} AND slot = 0")
    ShopGate slotZero(@Param("shopId") long shopId);

    @Insert("INSERT INTO shop_gate (shop_id, slot, business_day) VALUES (#{shopId}, #{slot}, #{day})")
    int insertSlot(@Param("shopId") long shopId, @Param("slot") int slot, @Param("day") LocalDate day);

    /** Marks every slot of the shop as being settled since {@code since}: from then on card commands get 902. */
    @Update("UPDATE shop_gate SET settling_since = #{since} WHERE shop_id = #{shopId}")
    int markSettling(@Param("shopId") long shopId, @Param("since") LocalDateTime since);

    /** Opens {@code nextDay} on the slots still marked by the settlement that started at {@code since}. */
    @Update("UPDATE shop_gate SET business_day = #{nextDay}, settling_since = NULL "
            + "WHERE shop_id = #{shopId} AND settling_since = #{since}")
    int openNextDay(@Param("shopId") long shopId, @Param("since") LocalDateTime since,
            @Param("nextDay") LocalDate nextDay);

    /** Lifts the mark of the settlement that started at {@code since} (not another's): business goes on. */
    @Update("UPDATE shop_gate SET settling_since = NULL WHERE shop_id = #{shopId} AND settling_since = #{since}")
    int clearSettling(@Param("shopId") long shopId, @Param("since") LocalDateTime since);
}

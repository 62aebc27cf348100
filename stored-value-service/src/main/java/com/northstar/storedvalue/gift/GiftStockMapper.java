package com.northstar.storedvalue.gift;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface GiftStockMapper {

    /** Hands out one gift of an enabled gift in stock; 0 when none is left (or it is disabled). */
    @Update("UPDATE gift SET stock = stock - 1 WHERE id = #{giftId} AND in_use = TRUE AND stock > 0")
    int takeOne(@Param("giftId") long giftId);
}

package com.northstar.storedvalue.catalog;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface GiftMapper extends BaseMapper<Gift> {

    /** Hands out one gift of an enabled gift in stock; 0 when none is left (or it is disabled). */
    @Update("UPDATE gift SET stock = stock - 1 WHERE id = #{giftId} AND in_use = TRUE AND stock > 0")
    int takeOne(@Param("giftId") long giftId);
}

package com.northstar.storedvalue.catalog;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface RechargePlanMapper extends BaseMapper<RechargePlan> {

    /** Sells one of a plan with a limited stock; 0 when it is sold out. */
    @Update("UPDATE recharge_plan SET stock = stock - 1 WHERE id = #{planId} AND stock > 0")
    int takeOne(@Param("planId") long planId);
}

package com.northstar.asset.battery;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface BatteryMapper extends BaseMapper<Battery> {

    /** The battery, locked until the transaction ends; null when unknown. Every move of a battery starts here. */
    @Select("SELECT * FROM battery WHERE battery_code = #{code} FOR UPDATE")
    Battery selectForUpdate(@Param("code") String code);

    /** The battery recorded in a slot, locked; null when the slot is empty in the records. */
    @Select("SELECT * FROM battery WHERE cabinet_code = #{cabinet} AND grid_pos = #{slot} FOR UPDATE")
    Battery selectInSlotForUpdate(@Param("cabinet") String cabinet, @Param("slot") int slot);
}

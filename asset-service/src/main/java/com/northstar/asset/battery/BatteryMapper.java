package com.northstar.asset.battery;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Constants;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface BatteryMapper extends BaseMapper<Battery> {

    /**
     * A page of the merchants' batteries in merchant and code order, read off {@code idx_battery_merchant_code}.
     * When the merchants own most batteries, MariaDB would rather scan and sort the table (50 ms at 1M batteries
     * for all 100 merchants) than read the first rows of the index (2 ms); the hint keeps the index. H2 (local
     * runs) has no such hint and needs none.
     */
    @Select(value = "SELECT * FROM battery FORCE INDEX (idx_battery_merchant_code) ${ew.customSqlSegment}",
            databaseId = "mysql")
    @Select(value = "SELECT * FROM battery ${ew.customSqlSegment}", databaseId = "h2")
    Page<Battery> selectPageInMerchantOrder(Page<Battery> page, @Param(Constants.WRAPPER) Wrapper<Battery> query);

    /** The battery, locked until the transaction ends; null when unknown. Every move of a battery starts here. */
    @Select("SELECT * FROM battery WHERE battery_code = #{code} FOR UPDATE")
    Battery selectForUpdate(@Param("code") String code);

    /** The battery recorded in a slot, locked; null when the slot is empty in the records. */
    @Select("SELECT * FROM battery WHERE cabinet_code = #{cabinet} AND grid_pos = #{slot} FOR UPDATE")
    Battery selectInSlotForUpdate(@Param("cabinet") String cabinet, @Param("slot") int slot);
}

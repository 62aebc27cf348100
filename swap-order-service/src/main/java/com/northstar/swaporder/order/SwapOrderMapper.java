package com.northstar.swaporder.order;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Constants;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface SwapOrderMapper extends BaseMapper<SwapOrder> {

    /**
     * A page of the orders of a few cabinets, read through the device index. Left to itself MariaDB walks
     * {@code idx_swap_order_type_start} backwards to avoid sorting, which for a handful of cabinets among
     * thousands reads hundreds of thousands of rows (0.45 s at 1M orders) instead of the few thousand that are
     * theirs.
     */
    @Select("SELECT * FROM swap_order USE INDEX (idx_swap_order_device_type_start) ${ew.customSqlSegment}")
    Page<SwapOrder> selectPageOfFewDevices(Page<SwapOrder> page, @Param(Constants.WRAPPER) Wrapper<SwapOrder> query);

    /** The order of a cabinet's order id, locked until the transaction ends; null when there is none. */
    @Select("SELECT * FROM swap_order WHERE device_order_id = #{deviceOrderId} FOR UPDATE")
    SwapOrder selectByDeviceOrderIdForUpdate(@Param("deviceOrderId") String deviceOrderId);
}

package com.northstar.swaporder.cabinet;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CabinetOwnerMapper extends BaseMapper<CabinetOwner> {

    /**
     * Gives the cabinet's owner to at most {@code batch} of its orders reported before this service knew it. Orders
     * that already carry an owner keep it: they were swapped while that merchant owned the cabinet.
     *
     * @return how many orders got the owner; fewer than {@code batch} when none is left
     */
    @Update("UPDATE swap_order SET device_merchant_code = #{merchantCode} "
            + "WHERE device_id = #{deviceId} AND device_merchant_code IS NULL LIMIT #{batch}")
    int assignOwnerToUnownedOrders(@Param("deviceId") String deviceId, @Param("merchantCode") String merchantCode,
            @Param("batch") int batch);
}

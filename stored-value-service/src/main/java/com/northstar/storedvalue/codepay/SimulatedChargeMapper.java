package com.northstar.storedvalue.codepay;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface SimulatedChargeMapper extends BaseMapper<SimulatedCharge> {

    @Select("SELECT * FROM simulated_provider_charge WHERE order_code = #{orderCode}")
    SimulatedCharge byOrderCode(@Param("orderCode") String orderCode);
}

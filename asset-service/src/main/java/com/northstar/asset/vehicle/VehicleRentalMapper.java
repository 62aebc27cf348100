package com.northstar.asset.vehicle;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface VehicleRentalMapper extends BaseMapper<VehicleRental> {
}

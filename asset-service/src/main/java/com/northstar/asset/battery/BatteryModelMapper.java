package com.northstar.asset.battery;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface BatteryModelMapper extends BaseMapper<BatteryModel> {
}

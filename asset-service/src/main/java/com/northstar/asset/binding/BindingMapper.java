package com.northstar.asset.binding;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface BindingMapper extends BaseMapper<Binding> {

    /** The battery's current binding, locked; null when nobody holds it. */
    @Select("SELECT * FROM battery_binding WHERE current_battery_code = #{code} FOR UPDATE")
    Binding selectCurrentOfBatteryForUpdate(@Param("code") String batteryCode);

    @Select("SELECT * FROM battery_binding WHERE id = #{id} FOR UPDATE")
    Binding selectByIdForUpdate(@Param("id") long id);
}

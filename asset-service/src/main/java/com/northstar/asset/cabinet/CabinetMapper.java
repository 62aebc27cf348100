package com.northstar.asset.cabinet;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface CabinetMapper extends BaseMapper<Cabinet> {

    @Select("SELECT * FROM cabinet WHERE tank_code = #{code} FOR UPDATE")
    Cabinet selectForUpdate(@Param("code") String tankCode);
}

package com.northstar.asset.merchant;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface MerchantMapper extends BaseMapper<Merchant> {
}

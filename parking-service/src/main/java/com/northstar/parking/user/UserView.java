package com.northstar.parking.user;

import com.northstar.parking.order.CardView;
import java.util.List;

/**
 * A parking user as 根据车牌号和用户名查询用户和卡信息接口 and 根据卡Id查询用户和卡信息接口 show it: every field of
 * their tables (and the examples' {@code orgCode}); {@code carNums} and {@code pmSetRentCarInfoList} list the same
 * plates in the order they were added.
 */
record UserView(String pmSetrentUserinfoId, String name, String phone, String address, String idcard,
        String driveLicence, String content, String code, String department, String orgCode, String isSingle,
        String isDrop, String carNums, boolean ifBuyBeiLiRentOnline, String firstOrgName, String firstOrgCode,
        String secondOrgName, String secondOrgCode, String duplicateCode, boolean ifHasConflictProcess,
        List<CarView> pmSetRentCarInfoList, List<CardView> cardList) {
}

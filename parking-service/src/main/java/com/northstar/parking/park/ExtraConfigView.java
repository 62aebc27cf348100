package com.northstar.parking.park;

/** One document of 查询停车场包月配置额外信息: type 0 text, 1 image. */
record ExtraConfigView(String pmSetrentParkExtraId, String name, String code, String type) {
}

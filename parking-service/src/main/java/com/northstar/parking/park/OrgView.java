package com.northstar.parking.park;

/** One org as the seed's 查询停车场组织机构 lists it; every value a string ({@code orgCode} too). */
record OrgView(String pmParkOrganizationId, String pmParkId, String parkName, String name, String orgCode,
        String levelCode, String parentLevelCode, String level, String isLeaf, String isUsed) {
}

package com.northstar.member.member;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Body of {@code memberStoreQuery} (seed 2.2.14) plus the KOP page the seed omits.
 *
 * @param merchantIds required: the stores; a MERCHANT sees only those its token also names
 * @param vehicleId   the member's latest vehicle (the old interface's assetCode)
 */
record StoreMemberQueryRequest(@NotNull List<String> merchantIds, String phoneNo, String userName, String vehicleId,
        Integer pageNo, @JsonAlias("pageSzie") Integer pageSize, Boolean withTotal) {
}

package com.northstar.storedvalue.migration;

/** #40 body: the seed's fields; {@code shopName} is informative only (the shop is {@code shopId}). */
record MigrateRequest(Long tenantIdByMemberExport, Long tenantIdByMemberImport, Long shopId, String shopName) {
}

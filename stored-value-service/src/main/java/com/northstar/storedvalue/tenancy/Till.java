package com.northstar.storedvalue.tenancy;

/**
 * Where and by whom a card command is done: the caller's tenant, the shop it works at (one of its token's shops)
 * and the verified subject, which the ledger records as the operator.
 */
public record Till(long tenantId, long shopId, String operator) {

    /** The header that picks one of the token's shops; without it the token's first shop. */
    public static final String SHOP_HEADER = "X-Shop-Id";
}

package com.northstar.partner.weichuang;

/**
 * The eight calls of seed 000 section 1, named by their catalog ids. Every one is safe to repeat: the queries
 * change nothing, a binding update and migration-done are idempotent at Weichuang, and a refund is keyed by our
 * refundNo, so each gets the in-process retries.
 */
public enum WeichuangOperation {
    wcTankQuery, wcBindingUpdate, wcBatteryList, wcUserDeposit, wcUserPackage, wcUserInfo, wcMigrationDone,
    wcDepositRefund
}

package com.northstar.partner.call;

import com.northstar.partner.weichuang.WeichuangOperation;
import com.northstar.partner.weichuang.WeichuangWire.BindingUpdate;
import com.northstar.partner.weichuang.WeichuangWire.DepositRefund;
import com.northstar.partner.weichuang.WeichuangWire.MigrationDone;

/** The Weichuang calls that change something there, so they are recorded and delivered until answered. */
public enum CallOperation {
    /** Key: batteryCode; a battery's updates reach Weichuang in event order. */
    BINDING_UPDATE(WeichuangOperation.wcBindingUpdate, BindingUpdate.class),
    /** Key: phoneNo. */
    MIGRATION_DONE(WeichuangOperation.wcMigrationDone, MigrationDone.class),
    /** Key: refundNo, sent unchanged on every attempt, so Weichuang pays it at most once. */
    DEPOSIT_REFUND(WeichuangOperation.wcDepositRefund, DepositRefund.class);

    private final WeichuangOperation weichuang;
    private final Class<?> requestType;

    CallOperation(WeichuangOperation weichuang, Class<?> requestType) {
        this.weichuang = weichuang;
        this.requestType = requestType;
    }

    public WeichuangOperation weichuang() {
        return weichuang;
    }

    Class<?> requestType() {
        return requestType;
    }
}

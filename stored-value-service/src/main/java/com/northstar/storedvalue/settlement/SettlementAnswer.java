package com.northstar.storedvalue.settlement;

import com.northstar.storedvalue.support.StoredValueStatus;
import java.util.List;

/**
 * #16's answer, the seed's bare key/value list with one entry: {@code key} the outcome's status code (200 settled
 * now, 902 another settlement is running, 903 this one was interrupted, 904 today is settled already) and
 * {@code value} whether this call settled the day.
 */
record SettlementAnswer(int key, boolean value) {

    static final List<SettlementAnswer> SETTLED = List.of(new SettlementAnswer(200, true));

    static List<SettlementAnswer> notSettled(StoredValueStatus why) {
        return List.of(new SettlementAnswer(why.code(), false));
    }
}

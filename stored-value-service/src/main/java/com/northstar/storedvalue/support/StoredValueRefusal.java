package com.northstar.storedvalue.support;

import com.northstar.platform.core.error.ApiException;

/**
 * A command refused for a business reason: HTTP 200 with the seed's {@code status} and a message "<seed text>: <why>".
 * Thrown inside the command's transaction, so nothing it did stays.
 */
public class StoredValueRefusal extends ApiException {

    private final StoredValueStatus status;

    StoredValueRefusal(StoredValueStatus status, String why) {
        super(status == StoredValueStatus.INTERNAL_ERROR ? 500 : 200, status.code(), status.text() + ": " + why);
        this.status = status;
    }

    public StoredValueStatus status() {
        return status;
    }
}

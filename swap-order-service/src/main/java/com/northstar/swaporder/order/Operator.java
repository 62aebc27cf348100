package com.northstar.swaporder.order;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.error.ApiException;

/**
 * Who handles an abnormal order. For OPS it is the verified caller itself, whatever the body says; a PARTNER's
 * signature vouches only for the partner, so the operator it names in the body is kept together with its app key.
 *
 * @param appKey the partner's app key, or null when the operator is the OPS caller
 */
record Operator(String id, String name, String appKey) {

    static Operator of(Caller caller, AbnormalHandleRequest request) {
        if (caller.has(Role.OPS)) {
            return new Operator(caller.subject(), caller.subject(), null);
        }
        if (caller.has(Role.PARTNER)) {
            return new Operator(required(request.operatorId(), "operatorId"),
                    required(request.operatorName(), "operatorName"), caller.subject());
        }
        throw ApiException.forbidden("only operations or a partner may handle abnormal orders");
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing required field " + field);
        }
        return value;
    }
}

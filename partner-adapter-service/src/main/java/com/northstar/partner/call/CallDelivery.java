package com.northstar.partner.call;

import com.northstar.partner.weichuang.WeichuangCalls;
import com.northstar.partner.weichuang.WeichuangRefusedException;
import com.northstar.partner.weichuang.WeichuangUnavailableException;
import com.northstar.partner.weichuang.WeichuangWire.BindingUpdate;
import com.northstar.partner.weichuang.WeichuangWire.DepositRefund;
import com.northstar.partner.weichuang.WeichuangWire.MigrationDone;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One delivery round of a claimed call: the same stored request sent through {@link WeichuangCalls} (with its
 * in-process retries), then the call ends by Weichuang's answer:
 * <ul>
 * <li>data, or 409 "already processed": DELIVERED (and its {@link CallCompletion} in the same transaction);</li>
 * <li>a definite refusal: FAILED with Weichuang's reason (and its completion);</li>
 * <li>no definite answer: PARKED, tried again after a growing delay, never FAILED.</li>
 * </ul>
 */
@Component
class CallDelivery {

    private static final Logger log = LoggerFactory.getLogger(CallDelivery.class);

    private final PartnerCalls calls;
    private final WeichuangCalls weichuang;
    private final List<CallCompletion> completions;
    private final TransactionTemplate transactions;
    private final CallsProperties properties;
    private final JsonMapper json;

    CallDelivery(PartnerCalls calls, WeichuangCalls weichuang, List<CallCompletion> completions,
            TransactionTemplate transactions, CallsProperties properties, JsonMapper json) {
        this.calls = calls;
        this.weichuang = weichuang;
        this.completions = completions;
        this.transactions = transactions;
        this.properties = properties;
        this.json = json;
    }

    /** @param attempts the call's rounds including this one */
    void deliver(PartnerCall call, String token, int attempts) {
        Object request = json.readValue(call.requestJson(), call.operation().requestType());
        CallResult result;
        try {
            result = CallResult.delivered(send(call, request));
        } catch (WeichuangRefusedException refused) {
            result = refused.alreadyProcessed() ? CallResult.delivered(null) : CallResult.failed(refused.reason());
        } catch (WeichuangUnavailableException unknown) {
            park(call, token, attempts, unknown.getMessage());
            return;
        }
        end(call, token, result);
    }

    private Object send(PartnerCall call, Object request) {
        return switch (call.operation()) {
            case BINDING_UPDATE -> weichuang.call(call.operation().weichuang(), call.id(), request,
                    client -> client.bindingUpdate((BindingUpdate) request));
            case MIGRATION_DONE -> weichuang.call(call.operation().weichuang(), call.id(), request,
                    client -> client.migrationDone((MigrationDone) request));
            case DEPOSIT_REFUND -> weichuang.call(call.operation().weichuang(), call.id(), request,
                    client -> client.depositRefund((DepositRefund) request));
        };
    }

    private void end(PartnerCall call, String token, CallResult result) {
        transactions.executeWithoutResult(status -> {
            if (!calls.end(call, token, result.state(), calls.now(), result.reason())) {
                log.warn("call {} was claimed by another instance meanwhile; its ending is left to it", call.id());
                status.setRollbackOnly();
                return;
            }
            completions.stream().filter(completion -> completion.operation() == call.operation())
                    .forEach(completion -> completion.ended(call, result));
        });
        if (result.state() == CallState.FAILED) {
            log.warn("{} call {} refused by Weichuang: {}", call.operation(), call.id(), result.reason());
        }
    }

    private void park(PartnerCall call, String token, int attempts, String error) {
        if (calls.end(call, token, CallState.PARKED, calls.now().plus(properties.parkDelayAfter(attempts)), error)) {
            log.warn("{} call {} parked after round {}: {}", call.operation(), call.id(), attempts, error);
        }
    }
}

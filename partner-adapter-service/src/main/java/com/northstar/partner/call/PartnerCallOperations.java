package com.northstar.partner.call;

import com.northstar.partner.weichuang.CallLog;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.logging.PiiMasking;
import com.northstar.platform.core.paging.KopPage;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** What OPS may do with partner calls: look at them with their attempts, and make an open one due now. */
@Service
class PartnerCallOperations {

    private final PartnerCalls calls;
    private final CallLog callLog;
    private final CallDispatcher dispatcher;
    private final CallsProperties properties;
    private final JsonMapper json;

    PartnerCallOperations(PartnerCalls calls, CallLog callLog, CallDispatcher dispatcher, CallsProperties properties,
            JsonMapper json) {
        this.calls = calls;
        this.callLog = callLog;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.json = json;
    }

    KopPage<PartnerCallView> query(PartnerCallQuery query) {
        List<PartnerCall> page = calls.page(query);
        return new KopPage<>(calls.count(query), query.page().pageNo(), query.page().pageSize(), views(page));
    }

    /** @throws ApiException 404 for an unknown id, 409 for a call that has ended */
    PartnerCallView retry(long id) {
        PartnerCall call = calls.find(id).orElseThrow(() -> ApiException.notFound("no partner call " + id));
        if (!call.state().isOpen() || !calls.makeDueNow(call)) {
            throw ApiException.conflict("partner call " + id + " has ended (" + calls.find(id).orElseThrow().state()
                    + "); only PENDING or PARKED calls can be retried");
        }
        dispatcher.wakeUp();
        return views(List.of(calls.find(id).orElseThrow())).get(0);
    }

    private List<PartnerCallView> views(List<PartnerCall> page) {
        Map<Long, List<CallLog.Attempt>> attempts = callLog
                .lastAttempts(page.stream().map(PartnerCall::id).toList(), properties.lastAttemptsShown()).stream()
                .collect(Collectors.groupingBy(CallLog.Attempt::callId));
        return page.stream().map(call -> new PartnerCallView(call.id(), call.operation(), call.key(), call.state(),
                call.attempts(), call.nextAttemptAt(), call.lastError(),
                json.readTree(PiiMasking.mask(call.requestJson())), call.createdAt(), call.updatedAt(),
                attempts.getOrDefault(call.id(), List.of()).stream().map(PartnerCallView.AttemptView::of).toList()))
                .toList();
    }
}

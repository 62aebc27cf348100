package com.northstar.swaporder.order;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.KOP)
@RequestMapping("/api/swap/orders")
@Tag(name = "swap orders", description = "seed 000 §2.2.1-2.2.7 and the cabinets' swap reports")
class SwapOrderController {

    private final SwapOrderService service;
    private final DailyCounts dailyCounts;

    SwapOrderController(SwapOrderService service, DailyCounts dailyCounts) {
        this.service = service;
        this.dailyCounts = dailyCounts;
    }

    @PostMapping("/report")
    @Operation(operationId = "swapOrderReport", summary = "A cabinet reports a swap, again as its state moves on",
            description = "Creates the order; the same deviceOrderId with a later state (0 in progress -> 1 "
                    + "completed or 2 abnormal) moves it on; the same report again returns the same orderId and "
                    + "changes nothing; anything else under that deviceOrderId is a 409. 503: retry.")
    @CallersAllowed(Role.DEVICE)
    KopResponse<ReportedOrder> report(@Valid @RequestBody SwapOrderReport report) {
        return KopResponse.ok(service.report(report));
    }

    @PostMapping("/query")
    @Operation(operationId = "swapOrderQuery", summary = "The one order query (§2.2.1); §2.2.2-2.2.6 are its "
            + "caller profiles", description = "A MERCHANT sees only orders of its merchants or of their cabinets.")
    @CallersAllowed({ Role.OPS, Role.MERCHANT, Role.PARTNER })
    KopResponse<KopPage<SwapOrderView>> query(@Valid @RequestBody(required = false) SwapOrderQueryRequest request,
            Caller caller) {
        SwapOrderQueryRequest parameters = request == null ? SwapOrderQueryRequest.EVERYTHING : request;
        return KopResponse.ok(service.query(SwapOrderQuery.of(parameters, caller)));
    }

    @GetMapping("/daily-counts")
    @Operation(operationId = "swapOrderDailyCounts", summary = "Completed and abnormal swaps per day (the back "
            + "offices' charts; not in the seed)", description = "Every day from..to inclusive (at most "
                    + DailyCountsQuery.MAX_DAYS + " days), days without orders as zeros, by the day the swap started "
                    + "(Asia/Shanghai). completed: orderState 1; abnormal: orderState 2 or 3. A MERCHANT counts only "
                    + "orders of its merchants or of their cabinets, as in swapOrderQuery.")
    @CallersAllowed({ Role.OPS, Role.MERCHANT })
    KopResponse<List<DailyCount>> dailyCounts(
            @Parameter(description = "first day, yyyy-MM-dd", example = "2026-03-01") @RequestParam String from,
            @Parameter(description = "last day, yyyy-MM-dd", example = "2026-03-31") @RequestParam String to,
            Caller caller) {
        return KopResponse.ok(dailyCounts.count(DailyCountsQuery.of(from, to, caller)));
    }

    @PostMapping("/abnormal/handle")
    @Operation(operationId = "swapOrderAbnormalHandle", summary = "Operations close an abnormal order (§2.2.7)",
            description = "result 1 when handled now; result 0 when it already was. The operator is the OPS caller "
                    + "(the body's operator fields are ignored); a PARTNER names it in operatorId/operatorName.")
    @CallersAllowed({ Role.OPS, Role.PARTNER })
    KopResponse<AbnormalHandleResult> handleAbnormal(@Valid @RequestBody AbnormalHandleRequest request,
            Caller caller) {
        AbnormalHandleResult result = service.handleAbnormal(request, caller);
        if (result == AbnormalHandleResult.ALREADY_HANDLED) {
            return new KopResponse<>(KopResponse.SUCCESS, "order " + request.orderId() + " was already handled",
                    result);
        }
        return KopResponse.ok(result);
    }
}

package com.northstar.parking.order;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.ParkingResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@SeedApi(Seed.PARKING)
@Tag(name = "parking orders", description = "seed 001 续费购买车位下单接口, 微信购买车位支付接口, the park's audit and "
        + "the payment provider's notification")
class OrderController {

    private final Renewals renewals;
    private final Payments payments;
    private final OrderViews views;
    private final AuditQueue auditQueue;

    OrderController(Renewals renewals, Payments payments, OrderViews views, AuditQueue auditQueue) {
        this.renewals = renewals;
        this.payments = payments;
        this.views = views;
        this.auditQueue = auditQueue;
    }

    @PostMapping(path = "/api/parking/orders/renew", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "parkingOrderRenew", summary = "A renewal order of a card with the park's documents",
            description = "Multipart: the seed's text fields (duplicateCode or userCode), extraDataJson (a JSON array "
                    + "of {type, name, code, content}) and one files part per listed document, in its order (an "
                    + "empty part for a text document). Files: images or PDF by content, 5 MB each. 404 unknown card, "
                    + "403 another user's card, 409 while the card has an open order.")
    @CallersAllowed(Role.APP)
    ParkingResponse<OrderView> renew(MultipartHttpServletRequest request) throws IOException, ServletException {
        request.getMultiFileMap(); // parses the body first: a part over the size limits is a 413 here
        List<Part> files = request.getParts().stream().filter(part -> "files".equals(part.getName())).toList();
        return ParkingResponse.ok("续费购买成功", renewals.renew(RenewalForm.of(request::getParameter), files));
    }

    @PostMapping("/api/parking/orders/audit")
    @Operation(operationId = "parkingAuditDecide", summary = "The park approves (03) or rejects (04) an order "
            + "awaiting audit before payment", description = "An approved order is payable for 300 s from then on. "
                    + "404 unknown order, 409 when it awaits no audit.")
    @CallersAllowed(Role.PARK)
    ParkingResponse<OrderView> audit(@RequestBody AuditRequest request, Caller caller) {
        return ParkingResponse.ok("操作成功", views.of(payments.decide(request, caller.subject())));
    }

    @PostMapping("/api/parking/orders/audit/query")
    @Operation(operationId = "parkingAuditQuery", summary = "Orders audited before payment, awaiting the park's "
            + "decision unless another auditStateBeforePay is asked", description = "Filters: auditStateBeforePay "
                    + "(01 awaiting, the default, oldest first; 03 approved, 04 rejected, latest decision first), "
                    + "pmParkId, orgCode (first- or second-level org of the order), carNum (a plate of the user). "
                    + "Paged as seed 000: pageNo from 1, pageSize 20 by default (at most 500); resultData {total, "
                    + "pageNo, pageSize, result}. Any park (PARK tokens name none).")
    @CallersAllowed(Role.PARK)
    ParkingResponse<KopPage<AuditOrderView>> auditQuery(@RequestBody AuditQueryRequest request) {
        return ParkingResponse.ok("查询成功", auditQueue.query(request));
    }

    @PostMapping("/api/parking/orders/wxpay")
    @Operation(operationId = "parkingOrderWxPay", summary = "Start the WeChat JSAPI payment of an order",
            description = "Answers in the seed's own form (returnCode, isSuccess \"true\", prOrderPayRes). 409 for an "
                    + "order awaiting audit, rejected, paid or timed out.")
    @CallersAllowed(Role.APP)
    WxPayAnswer wxPay(@RequestBody WxPayRequest request) {
        return payments.wxPay(request);
    }

    @PostMapping("/api/parking/pay/wx-notify")
    @Operation(operationId = "parkingPayNotify", summary = "The payment provider's result of an order",
            description = "Signed with the provider's key at the gateway. {outTradeNo, transactionId, totalFee (fen), "
                    + "tradeState SUCCESS|FAIL}; idempotent. A SUCCESS for a timed-out order is recorded for refund.")
    @CallersAllowed(Role.PAYMENT)
    ParkingResponse<NoticeResult> notify(@RequestBody PayNotice notice) {
        return ParkingResponse.ok("通知已处理", payments.notice(notice));
    }
}

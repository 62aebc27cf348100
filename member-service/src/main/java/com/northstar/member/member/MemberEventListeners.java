package com.northstar.member.member;

import com.northstar.platform.service.outbox.ProcessedEvents;
import java.time.LocalDateTime;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What other services' events change of a member, each event once per consumer ({@link ProcessedEvents}); members
 * are found by phone. A member unknown here, or a move {@link MemberAction} refuses, changes nothing.
 */
@Component
class MemberEventListeners {

    /** swap-order's {@code swap.order-completed}, schema 2: what this service reads of it. */
    record SwapCompleted(long orderId, String phone, LocalDateTime completeTime, LocalDateTime startTime) {
    }

    /** asset's {@code asset.binding-changed}: state 1 bound, 0 unbound. */
    record BindingChanged(String batteryCode, String userPhone, int state) {
    }

    /** asset's {@code asset.rental-overdue}. */
    record RentalOverdue(String vehicleCode, String vehicleModel, String userPhone) {
    }

    /** partner-adapter's or deposit-service's {@code deposit.refund-completed}. */
    record RefundCompleted(String refundNo, String phoneNo, String state) {
    }

    static final String SWAPS = "swap.order-completed";
    static final String BINDINGS = "asset.binding-changed";
    static final String OVERDUE = "asset.rental-overdue";
    static final String REFUNDS = "deposit.refund-completed";

    private final ProcessedEvents processedEvents;
    private final Members members;
    private final JsonMapper json;

    MemberEventListeners(ProcessedEvents processedEvents, Members members, JsonMapper json) {
        this.processedEvents = processedEvents;
        this.members = members;
        this.json = json;
    }

    @KafkaListener(topics = SWAPS)
    void onSwapCompleted(String message) {
        processedEvents.handleOnce("member.swaps", message, event -> {
            SwapCompleted swap = json.treeToValue(event.data(), SwapCompleted.class);
            LocalDateTime at = swap.completeTime() != null ? swap.completeTime() : swap.startTime();
            if (at != null) {
                members.swapCompleted(swap.phone(), swap.orderId(), at.toLocalDate());
            }
        });
    }

    @KafkaListener(topics = BINDINGS)
    void onBindingChanged(String message) {
        processedEvents.handleOnce("member.bindings", message, event -> {
            BindingChanged change = json.treeToValue(event.data(), BindingChanged.class);
            members.bindingChanged(change.userPhone(), change.batteryCode(), change.state() == 1);
        });
    }

    @KafkaListener(topics = OVERDUE)
    void onRentalOverdue(String message) {
        processedEvents.handleOnce("member.overdue", message, event -> {
            RentalOverdue overdue = json.treeToValue(event.data(), RentalOverdue.class);
            members.rentalOverdue(overdue.userPhone(), overdue.vehicleCode(), overdue.vehicleModel());
        });
    }

    @KafkaListener(topics = REFUNDS)
    void onRefundCompleted(String message) {
        processedEvents.handleOnce("member.refunds", message, event -> {
            RefundCompleted refund = json.treeToValue(event.data(), RefundCompleted.class);
            if ("SUCCESS".equals(refund.state())) {
                members.actByPhone(refund.phoneNo(), MemberAction.REFUND, "refund " + refund.refundNo());
            }
        });
    }
}

package com.northstar.swaporder.order;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.idempotency.IdempotencyKeys;
import com.northstar.platform.service.outbox.Outbox;
import com.northstar.swaporder.cabinet.CabinetOwners;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The three operations on swap orders: a cabinet reports one, back offices list them, operations close abnormal ones. */
@Service
class SwapOrderService {

    static final String REPORT_OPERATION = "swapOrderReport";

    private final SwapOrderMapper orders;
    private final CabinetOwners cabinetOwners;
    private final IdempotencyKeys idempotencyKeys;
    private final Outbox outbox;
    private final Clock clock;

    SwapOrderService(SwapOrderMapper orders, CabinetOwners cabinetOwners, IdempotencyKeys idempotencyKeys,
            Outbox outbox, Clock clock) {
        this.orders = orders;
        this.cabinetOwners = cabinetOwners;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /**
     * Creates the reported order and its {@code swap.order-completed} event, once per {@code deviceOrderId}: the
     * same report again answers the same order id and changes nothing; other content under that id is a conflict.
     */
    @Transactional
    public ReportedOrder report(SwapOrderReport report) {
        return idempotencyKeys.execute(REPORT_OPERATION, report.deviceOrderId(), report, ReportedOrder.class,
                () -> create(report));
    }

    private ReportedOrder create(SwapOrderReport report) {
        SwapOrder order = newOrder(report);
        try {
            orders.insert(order);
        } catch (DuplicateKeyException alreadyReported) {
            // Only reachable when the idempotency record is gone; the unique index still refuses a second order.
            throw ApiException.conflict("deviceOrderId " + report.deviceOrderId() + " was already reported");
        }
        outbox.record(SwapOrderEventData.TOPIC_COMPLETED, order.getId().toString(),
                SwapOrderEventData.ORDER_COMPLETED, SwapOrderEventData.of(order));
        return new ReportedOrder(order.getId());
    }

    private SwapOrder newOrder(SwapOrderReport report) {
        LocalDateTime now = LocalDateTime.now(clock);
        SwapOrder order = new SwapOrder();
        order.setDeviceOrderId(report.deviceOrderId());
        order.setDeviceId(report.deviceId());
        order.setMerchantCode(report.merchantCode());
        order.setDeviceMerchantCode(cabinetOwners.ownerOf(report.deviceId()));
        order.setUserId(report.userId());
        order.setPhone(report.phone());
        order.setUserName(report.userName());
        order.setChannel(report.channel());
        order.setOrderType(report.orderType());
        order.setOrderState(report.orderState());
        order.setStartTime(report.startTime());
        order.setCompleteTime(report.completeTime());
        order.setNewBattery(report.newBattery());
        order.setOldBattery(report.oldBattery());
        order.setPayStatus(report.payStatus());
        order.setPayType(report.payType());
        if (report.changeDetail() != null) {
            order.setBorrowBoxNo(report.changeDetail().borrowBoxNo());
            order.setReturnBoxNo(report.changeDetail().returnBoxNo());
            order.setBorrowElectric(report.changeDetail().borrowElectric());
            order.setReturnElectric(report.changeDetail().returnElectric());
        }
        if (report.packageInfo() != null) {
            order.setPackageName(report.packageInfo().packageName());
            order.setPackagePrice(report.packageInfo().price());
        }
        order.setCreatedAt(now);
        order.setUpdatedAt(now);
        return order;
    }

    /** One page of the orders the query selects and the caller may see, newest swap first. */
    @Transactional(readOnly = true)
    public KopPage<SwapOrderView> query(SwapOrderQuery query) {
        int pageNo = query.page().pageNo();
        int pageSize = query.page().pageSize();
        return query.toWrapper().map(wrapper -> {
            Page<SwapOrder> page = new Page<>(pageNo, pageSize);
            page.setSearchCount(query.withTotal());
            if (query.readsFewDevices()) {
                orders.selectPageOfFewDevices(page, wrapper);
            } else {
                orders.selectPage(page, wrapper);
            }
            List<SwapOrderView> result = page.getRecords().stream()
                    .map(order -> SwapOrderView.of(order, query.blocks())).toList();
            return new KopPage<>(query.withTotal() ? page.getTotal() : null, pageNo, pageSize, result);
        }).orElseGet(() -> new KopPage<>(query.withTotal() ? 0L : null, pageNo, pageSize, List.of()));
    }

    /**
     * Closes an abnormal order awaiting handling. The state check and the change are one compare-and-set
     * statement, so of two concurrent handlers exactly one wins; the other finds it already handled.
     */
    @Transactional
    public AbnormalHandleResult handleAbnormal(AbnormalHandleRequest request) {
        LocalDateTime now = LocalDateTime.now(clock);
        int changed = orders.update(null, Wrappers.lambdaUpdate(SwapOrder.class)
                .set(SwapOrder::getOrderState, OrderStates.ABNORMAL_HANDLED)
                .set(SwapOrder::getOperatorId, request.operatorId())
                .set(SwapOrder::getOperatorName, request.operatorName())
                .set(SwapOrder::getOperatorTime, now)
                .set(SwapOrder::getRemark, request.remark())
                .set(SwapOrder::getUpdatedAt, now)
                .eq(SwapOrder::getId, request.orderId())
                .eq(SwapOrder::getOrderState, OrderStates.ABNORMAL_AWAITING_HANDLING));
        SwapOrder order = orders.selectById(request.orderId());
        if (order == null) {
            throw ApiException.notFound("order " + request.orderId() + " does not exist");
        }
        if (changed == 1) {
            outbox.record(SwapOrderEventData.TOPIC_ABNORMAL_HANDLED, order.getId().toString(),
                    SwapOrderEventData.ORDER_ABNORMAL_HANDLED, SwapOrderEventData.of(order));
            return AbnormalHandleResult.HANDLED;
        }
        if (order.getOrderState() == OrderStates.ABNORMAL_HANDLED) {
            return AbnormalHandleResult.ALREADY_HANDLED;
        }
        throw ApiException.conflict("order " + request.orderId() + " is not an abnormal order awaiting handling");
    }
}

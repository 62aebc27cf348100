package com.northstar.swaporder.order;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.idempotency.IdempotencyKeys;
import com.northstar.swaporder.cabinet.CabinetOwners;
import com.northstar.swaporder.order.SwapOrderMetrics.ReportOutcome;
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
    private final SwapOrderEvents events;
    private final SwapOrderMetrics metrics;
    private final Clock clock;

    SwapOrderService(SwapOrderMapper orders, CabinetOwners cabinetOwners, IdempotencyKeys idempotencyKeys,
            SwapOrderEvents events, SwapOrderMetrics metrics, Clock clock) {
        this.orders = orders;
        this.cabinetOwners = cabinetOwners;
        this.idempotencyKeys = idempotencyKeys;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /**
     * Records a cabinet's report of a swap: a new {@code deviceOrderId} creates the order, a later state of a known
     * one moves it on (as {@link SwapOrder#judge} allows), and either publishes the event of the state reached. Each
     * state's report is one idempotent command, keyed by {@code deviceOrderId} and state: the same report again
     * answers the same order id and changes nothing; anything else under that id is a conflict.
     */
    @Transactional
    public ReportedOrder report(SwapOrderReport report) {
        return idempotencyKeys.execute(REPORT_OPERATION, report.deviceOrderId() + "@" + report.orderState(), report,
                ReportedOrder.class, () -> record(report));
    }

    private ReportedOrder record(SwapOrderReport report) {
        LocalDateTime now = LocalDateTime.now(clock);
        SwapOrder reported = SwapOrder.reported(report, cabinetOwners.ownerOf(report.deviceId()), now);
        if (insertIfNew(reported)) {
            events.reported(reported);
            metrics.reported(report.state(), ReportOutcome.CREATED);
            return new ReportedOrder(reported.getId());
        }
        // A known order: an earlier state's report, or this one whose idempotency record the retention sweep took.
        SwapOrder order = orders.selectByDeviceOrderIdForUpdate(report.deviceOrderId());
        switch (order.judge(report)) {
            case REPEATS -> metrics.reported(report.state(), ReportOutcome.REPEATED);
            case MOVES_ON -> {
                order.moveOn(report, now);
                saveProgress(order);
                events.reported(order);
                metrics.reported(report.state(), ReportOutcome.MOVED_ON);
            }
            case CONFLICTS -> {
                metrics.reported(report.state(), ReportOutcome.CONFLICT);
                throw ApiException.conflict("deviceOrderId " + report.deviceOrderId()
                        + " was already reported as another swap or in a state this report cannot follow");
            }
        }
        return new ReportedOrder(order.getId());
    }

    /**
     * Inserts first and asks later: the unique index on {@code device_order_id} tells a known order apart. Reading
     * first would take a gap lock on that index, and concurrent reports of new orders would deadlock on it.
     */
    private boolean insertIfNew(SwapOrder order) {
        try {
            orders.insert(order);
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    /** Writes what {@link SwapOrder#moveOn} changed, nulls included: a later report may clear a field. */
    private void saveProgress(SwapOrder order) {
        orders.update(null, Wrappers.lambdaUpdate(SwapOrder.class)
                .set(SwapOrder::getPhone, order.getPhone())
                .set(SwapOrder::getUserName, order.getUserName())
                .set(SwapOrder::getChannel, order.getChannel())
                .set(SwapOrder::getOrderType, order.getOrderType())
                .set(SwapOrder::getOrderState, order.getOrderState())
                .set(SwapOrder::getCompleteTime, order.getCompleteTime())
                .set(SwapOrder::getNewBattery, order.getNewBattery())
                .set(SwapOrder::getOldBattery, order.getOldBattery())
                .set(SwapOrder::getPayStatus, order.getPayStatus())
                .set(SwapOrder::getPayType, order.getPayType())
                .set(SwapOrder::getBorrowBoxNo, order.getBorrowBoxNo())
                .set(SwapOrder::getReturnBoxNo, order.getReturnBoxNo())
                .set(SwapOrder::getBorrowElectric, order.getBorrowElectric())
                .set(SwapOrder::getReturnElectric, order.getReturnElectric())
                .set(SwapOrder::getPackageName, order.getPackageName())
                .set(SwapOrder::getPackagePrice, order.getPackagePrice())
                .set(SwapOrder::getUpdatedAt, order.getUpdatedAt())
                .eq(SwapOrder::getId, order.getId()));
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
     * Closes an abnormal order awaiting handling, in the name of {@link Operator#of the caller's operator}. The
     * state check and the change are one compare-and-set statement, so of two concurrent handlers exactly one wins;
     * the other finds it already handled.
     */
    @Transactional
    public AbnormalHandleResult handleAbnormal(AbnormalHandleRequest request, Caller caller) {
        Operator operator = Operator.of(caller, request);
        LocalDateTime now = LocalDateTime.now(clock);
        int changed = orders.update(null, Wrappers.lambdaUpdate(SwapOrder.class)
                .set(SwapOrder::getOrderState, OrderState.ABNORMAL_HANDLED.code())
                .set(SwapOrder::getOperatorId, operator.id())
                .set(SwapOrder::getOperatorName, operator.name())
                .set(SwapOrder::getOperatorAppKey, operator.appKey())
                .set(SwapOrder::getOperatorTime, now)
                .set(SwapOrder::getRemark, request.remark())
                .set(SwapOrder::getUpdatedAt, now)
                .eq(SwapOrder::getId, request.orderId())
                .eq(SwapOrder::getOrderState, OrderState.ABNORMAL_AWAITING_HANDLING.code()));
        SwapOrder order = orders.selectById(request.orderId());
        if (order == null) {
            throw ApiException.notFound("order " + request.orderId() + " does not exist");
        }
        if (changed == 1) {
            events.handled(order);
            return AbnormalHandleResult.HANDLED;
        }
        if (order.state() == OrderState.ABNORMAL_HANDLED) {
            return AbnormalHandleResult.ALREADY_HANDLED;
        }
        throw ApiException.conflict("order " + request.orderId() + " is not an abnormal order awaiting handling");
    }
}

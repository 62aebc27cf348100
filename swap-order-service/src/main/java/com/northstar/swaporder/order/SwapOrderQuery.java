package com.northstar.swaporder.order;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.PageRequest;
import com.northstar.platform.core.time.WireDates;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of {@code swapOrderQuery} in one place: what the parameters mean, how they combine, and what a caller
 * may see. Parameters only ever narrow the result. A MERCHANT-scoped caller sees an order only when the order's
 * merchant or the owner of its cabinet is one of its token's merchants, whatever it sends; OPS and PARTNER see
 * everything.
 *
 * @param orderIds          null for any; empty when {@code orderId} and {@code orderIds} have nothing in common
 * @param deviceIds         null for any; empty when {@code deviceId} lies outside {@code deviceIds} (§2.2.2/2.2.3)
 * @param visibleMerchants  null for a caller that sees everything
 */
record SwapOrderQuery(Integer orderType, Integer orderState, Set<Long> orderIds, String userName, String phone,
        Set<String> merchantCodes, Set<String> deviceIds, String newBattery, String oldBattery,
        LocalDateTime startFrom, LocalDateTime startTo, Set<String> visibleMerchants, SwapOrderView.Blocks blocks,
        PageRequest page, boolean withTotal) {

    static final int DEFAULT_PAGE_SIZE = 10;
    /** The most values one list parameter may carry, so a request cannot build an unbounded statement. */
    static final int MAX_LIST_SIZE = 1000;
    /**
     * Up to this many cabinets the device index is read directly: at 1M orders over 2,000 cabinets a page of 3 or
     * 5 cabinets takes 6 ms that way against 40 ms-0.4 s otherwise; from about 15 on the default plan is as fast.
     */
    static final int FEW_DEVICES = 15;

    static SwapOrderQuery of(SwapOrderQueryRequest request, Caller caller) {
        SwapOrderView.Blocks blocks = new SwapOrderView.Blocks(isOne(request.changeDetail()),
                isOne(request.operatorInfo()), isOne(request.packageInfo()));
        LocalDateTime startFrom = date("startTimeBefore", request.startTimeBefore(), false);
        LocalDateTime startTo = date("startTimeEnd", request.startTimeEnd(), true);
        if (startFrom != null && startTo != null && startFrom.isAfter(startTo)) {
            throw ApiException.badRequest("startTimeBefore must not be after startTimeEnd");
        }
        Set<Long> orderIds = narrow(request.orderId() == null ? null : Set.of(request.orderId()),
                orderIds(request.orderIds()));
        Set<String> deviceIds = narrow(text(request.deviceId()) == null ? null : Set.of(request.deviceId().trim()),
                list("deviceIds", request.deviceIds()));
        Set<String> visibleMerchants = caller.isMerchantScoped() ? Set.copyOf(caller.merchantIds()) : null;
        return new SwapOrderQuery(request.orderType(), request.orderState(), orderIds, text(request.userName()),
                text(request.phone()), list("merchantCodes", request.merchantCodes()), deviceIds,
                text(request.newBattery()), text(request.oldBattery()), startFrom, startTo, visibleMerchants, blocks,
                PageRequest.of(request.pageNo(), request.pageSize(), DEFAULT_PAGE_SIZE),
                request.withTotal() == null || request.withTotal());
    }

    /**
     * Whether the query names so few cabinets that reading their orders through the device index and sorting
     * them beats walking every order of the type in start-time order (a merchant back office's cabinets, §2.2.2/
     * 2.2.3).
     */
    boolean readsFewDevices() {
        return deviceIds != null && !deviceIds.isEmpty() && deviceIds.size() <= FEW_DEVICES;
    }

    /** Whether no order can match, so the database need not be asked. */
    boolean matchesNothing() {
        return isEmpty(orderIds) || isEmpty(deviceIds) || isEmpty(visibleMerchants);
    }

    /** The statement's conditions and order (start time, then order id, newest first); empty when nothing matches. */
    Optional<LambdaQueryWrapper<SwapOrder>> toWrapper() {
        if (matchesNothing()) {
            return Optional.empty();
        }
        LambdaQueryWrapper<SwapOrder> wrapper = Wrappers.lambdaQuery(SwapOrder.class)
                .eq(orderType != null, SwapOrder::getOrderType, orderType)
                .eq(orderState != null, SwapOrder::getOrderState, orderState)
                .in(orderIds != null, SwapOrder::getId, orderIds)
                .eq(userName != null, SwapOrder::getUserName, userName)
                .eq(phone != null, SwapOrder::getPhone, phone)
                .in(merchantCodes != null, SwapOrder::getMerchantCode, merchantCodes)
                .in(deviceIds != null, SwapOrder::getDeviceId, deviceIds)
                .eq(newBattery != null, SwapOrder::getNewBattery, newBattery)
                .eq(oldBattery != null, SwapOrder::getOldBattery, oldBattery)
                .ge(startFrom != null, SwapOrder::getStartTime, startFrom)
                .le(startTo != null, SwapOrder::getStartTime, startTo);
        if (visibleMerchants != null) {
            wrapper.and(visible -> visible.in(SwapOrder::getMerchantCode, visibleMerchants)
                    .or().in(SwapOrder::getDeviceMerchantCode, visibleMerchants));
        }
        return Optional.of(wrapper.orderByDesc(SwapOrder::getStartTime).orderByDesc(SwapOrder::getId));
    }

    private static boolean isOne(Integer flag) {
        return flag != null && flag == 1;
    }

    private static boolean isEmpty(Set<?> values) {
        return values != null && values.isEmpty();
    }

    /** Both constraints at once: either alone, or what they have in common. */
    private static <T> Set<T> narrow(Set<T> first, Set<T> second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        Set<T> common = new LinkedHashSet<>(first);
        common.retainAll(second);
        return common;
    }

    /** Blank means "not given": back offices send empty strings for empty filter boxes. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Set<String> list(String field, String value) {
        if (text(value) == null) {
            return null;
        }
        Set<String> values = Arrays.stream(value.split(",")).map(String::trim).filter(item -> !item.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (values.size() > MAX_LIST_SIZE) {
            throw ApiException.badRequest("field " + field + " may list at most " + MAX_LIST_SIZE + " values");
        }
        return values.isEmpty() ? null : values;
    }

    private static Set<Long> orderIds(String value) {
        Set<String> ids = list("orderIds", value);
        if (ids == null) {
            return null;
        }
        try {
            return ids.stream().map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("field orderIds must be order ids separated by commas");
        }
    }

    private static LocalDateTime date(String field, String value, boolean endOfDay) {
        if (text(value) == null) {
            return null;
        }
        try {
            return WireDates.parse(value, endOfDay);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("field " + field + " " + e.getMessage());
        } catch (DateTimeException e) {
            throw ApiException.badRequest("field " + field + " is not a valid date");
        }
    }
}

package com.northstar.swaporder.demo;

import com.northstar.swaporder.order.OrderState;
import com.northstar.swaporder.order.OrderType;
import com.northstar.swaporder.order.SwapOrder;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic swap orders for demos and benchmarks, reproducible from a seed: most swaps happen at a cabinet of the
 * user's own merchant, a few are still running, about one in eight is abnormal and of those some still await
 * handling.
 */
final class SyntheticOrders {

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙" };
    private static final String[] GIVEN_NAMES = { "伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "艳", "勇", "军", "杰",
            "娟", "涛", "明", "超" };
    private static final String[] CHANNELS = { "APP", "WECHAT_MINI", "ALIPAY_MINI" };
    private static final String[] REMARKS = { "电池未弹出，已人工补录", "用户未取走电池，已退回格口", "格口故障，已远程重启",
            "旧电池未识别，已核实归还" };
    private static final long DAY_SECONDS = 24 * 3600;
    private static final int IN_PROGRESS_PERCENT = 2;
    private static final int ABNORMAL_PERCENT = 12;

    /**
     * Merchants, the cabinets each owns and how many users swap there.
     *
     * @param cabinetOwners cabinet code to owning merchant code, in cabinet order
     */
    record Fleet(List<String> merchants, Map<String, String> cabinetOwners, int users) {

        /** {@code M001..}, {@code CAB-001..} with cabinets dealt to merchants in turn. */
        static Fleet of(int merchantCount, int cabinetCount, int users) {
            List<String> merchants = new ArrayList<>();
            for (int i = 1; i <= merchantCount; i++) {
                merchants.add(String.format("M%03d", i));
            }
            Map<String, String> owners = new LinkedHashMap<>();
            for (int i = 1; i <= cabinetCount; i++) {
                owners.put(String.format("CAB-%03d", i), merchants.get((i - 1) % merchantCount));
            }
            return new Fleet(List.copyOf(merchants), owners, users);
        }
    }

    private final Fleet fleet;
    private final List<String> cabinets;
    private final Random random;
    private final LocalDateTime now;
    private final String deviceOrderPrefix;
    private final int days;

    /**
     * @param deviceOrderPrefix makes the cabinet platform's order ids unique per run
     * @param days              how far back the swaps go
     */
    SyntheticOrders(Fleet fleet, long seed, LocalDateTime now, String deviceOrderPrefix, int days) {
        this.fleet = fleet;
        this.cabinets = List.copyOf(fleet.cabinetOwners().keySet());
        this.random = new Random(seed);
        this.now = now;
        this.deviceOrderPrefix = deviceOrderPrefix;
        this.days = days;
    }

    SwapOrder next(long sequence) {
        String cabinet = cabinets.get(random.nextInt(cabinets.size()));
        String owner = fleet.cabinetOwners().get(cabinet);
        long userId = 100_000L + random.nextInt(fleet.users());
        int kind = random.nextInt(100);
        // A swap takes a minute or two, so the ones still running started just now.
        LocalDateTime start = kind < IN_PROGRESS_PERCENT ? now.minusSeconds(random.nextInt(120))
                : now.minusSeconds(random.nextLong(days * DAY_SECONDS));
        SwapOrder order = new SwapOrder();
        order.setDeviceOrderId(deviceOrderPrefix + sequence);
        order.setDeviceId(cabinet);
        order.setDeviceMerchantCode(owner);
        order.setMerchantCode(random.nextInt(100) < 85 ? owner
                : fleet.merchants().get(random.nextInt(fleet.merchants().size())));
        order.setUserId(userId);
        order.setPhone("138" + String.format("%08d", userId % 100_000_000L));
        order.setUserName(SURNAMES[(int) (userId % SURNAMES.length)]
                + GIVEN_NAMES[(int) (userId / SURNAMES.length % GIVEN_NAMES.length)]);
        order.setChannel(CHANNELS[random.nextInt(CHANNELS.length)]);
        order.setStartTime(start);
        order.setNewBattery(battery());
        order.setOldBattery(battery());
        order.setBorrowBoxNo(1 + random.nextInt(12));
        order.setReturnBoxNo(1 + random.nextInt(12));
        order.setBorrowElectric(90 + random.nextInt(11));
        order.setReturnElectric(5 + random.nextInt(36));
        pay(order);
        if (kind < IN_PROGRESS_PERCENT) {
            inProgress(order);
        } else if (kind < IN_PROGRESS_PERCENT + ABNORMAL_PERCENT) {
            abnormal(order, start);
        } else {
            completed(order, start);
        }
        order.setCreatedAt(start);
        order.setUpdatedAt(order.getOperatorTime() != null ? order.getOperatorTime() : start);
        return order;
    }

    private void inProgress(SwapOrder order) {
        order.setOrderType(OrderType.NORMAL.code());
        order.setOrderState(OrderState.IN_PROGRESS.code());
        order.setPayStatus(0);
    }

    private void completed(SwapOrder order, LocalDateTime start) {
        order.setOrderType(OrderType.NORMAL.code());
        order.setOrderState(OrderState.COMPLETED.code());
        order.setCompleteTime(start.plusSeconds(40 + random.nextInt(140)));
        order.setPayStatus(1);
    }

    private void abnormal(SwapOrder order, LocalDateTime start) {
        order.setOrderType(OrderType.ABNORMAL.code());
        order.setCompleteTime(start.plusSeconds(60 + random.nextInt(240)));
        order.setPayStatus(random.nextInt(2));
        LocalDateTime handledAt = start.plusMinutes(30 + random.nextInt(48 * 60));
        if (random.nextInt(100) < 40 || handledAt.isAfter(now)) {
            order.setOrderState(OrderState.ABNORMAL_AWAITING_HANDLING.code());
            return;
        }
        order.setOrderState(OrderState.ABNORMAL_HANDLED.code());
        int operator = 1 + random.nextInt(3);
        order.setOperatorId("ops-0" + operator);
        order.setOperatorName("运营" + SURNAMES[operator] + GIVEN_NAMES[operator]);
        order.setOperatorTime(handledAt);
        order.setRemark(REMARKS[random.nextInt(REMARKS.length)]);
    }

    /** Monthly and count packages carry the package used; pay-per-swap orders have none. */
    private void pay(SwapOrder order) {
        int roll = random.nextInt(10);
        if (roll < 5) {
            order.setPayType(1);
            order.setPackageName("月卡-30天不限次");
            order.setPackagePrice(19_900L);
        } else if (roll < 8) {
            order.setPayType(2);
            order.setPackageName("次卡-30次");
            order.setPackagePrice(12_900L);
        } else {
            order.setPayType(3);
        }
    }

    private String battery() {
        return String.format("BAT%08d", random.nextInt(fleet.users() * 2 + 1000));
    }
}

package com.northstar.storedvalue.catalog;

import com.northstar.storedvalue.tenancy.Shop;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The reference lists #11-#14 as the seed shows them (field order of each block's example). */
final class CatalogViews {

    private CatalogViews() {
    }

    record ShopView(String name, Long id) {
        static ShopView of(Shop shop) {
            return new ShopView(shop.getName(), shop.getId());
        }
    }

    record LevelView(String name, Integer level, BigDecimal discount, String imagePath, Long id) {
        static LevelView of(MemberLevel level) {
            return new LevelView(level.getName(), level.getLevel(), level.getDiscount(), level.getImagePath(),
                    level.getId());
        }
    }

    record GiftView(String name, Integer points, BigDecimal price, String imagePath, Boolean inUse, Long id) {
        static GiftView of(Gift gift) {
            return new GiftView(gift.getName(), gift.getPoints(), gift.getPrice(), gift.getImagePath(),
                    gift.getInUse(), gift.getId());
        }
    }

    record RechargePlanView(String name, BigDecimal money, BigDecimal payMoney, BigDecimal giveMoney,
            LocalDateTime startTime, LocalDateTime endTime, Boolean moneyModifiable, String remark, Boolean inUse,
            Long id) {
        static RechargePlanView of(RechargePlan plan) {
            return new RechargePlanView(plan.getName(), plan.getMoney(), plan.getPayMoney(), plan.getGiveMoney(),
                    plan.getStartTime(), plan.getEndTime(), plan.getMoneyModifiable(), plan.getRemark(),
                    plan.getInUse(), plan.getId());
        }
    }
}

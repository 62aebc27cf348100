package com.northstar.storedvalue.catalog;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import com.northstar.storedvalue.cardclass.CardClass;
import com.northstar.storedvalue.cardclass.CardClassMapper;
import com.northstar.storedvalue.catalog.CatalogViews.GiftView;
import com.northstar.storedvalue.catalog.CatalogViews.LevelView;
import com.northstar.storedvalue.catalog.CatalogViews.RechargePlanView;
import com.northstar.storedvalue.catalog.CatalogViews.ShopView;
import com.northstar.storedvalue.tenancy.Shop;
import com.northstar.storedvalue.tenancy.ShopMapper;
import com.northstar.storedvalue.tenancy.TenantScope;
import com.northstar.storedvalue.tenancy.Tenants;
import com.northstar.storedvalue.tenancy.Till;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * #9-#14: the reference lists a till discovers ids through, each of the caller's tenant (the tenant line scopes
 * every statement; {@link Till} refuses a token without tenant and shop with 403), in id order.
 */
@RestController
@SeedApi(Seed.STORED_VALUE)
class CatalogController {

    private final CardClassMapper cardClasses;
    private final ShopMapper shops;
    private final MemberLevelMapper levels;
    private final GiftMapper gifts;
    private final RechargePlanMapper plans;
    private final Tenants tenants;

    CatalogController(CardClassMapper cardClasses, ShopMapper shops, MemberLevelMapper levels, GiftMapper gifts,
            RechargePlanMapper plans, Tenants tenants) {
        this.cardClasses = cardClasses;
        this.shops = shops;
        this.levels = levels;
        this.gifts = gifts;
        this.plans = plans;
        this.tenants = tenants;
    }

    @GetMapping("/api/stored-value/card-classes")
    @Operation(operationId = "svCardClassList", summary = "#9 card classes of the caller's tenant")
    @CallersAllowed(Role.POS)
    List<CardClassView> cardClasses(Till till) {
        return cardClassesOfScope();
    }

    @GetMapping("/api/stored-value/card-classes/by-tenant")
    @Operation(operationId = "svCardClassByTenant", summary = "#10 card classes of a tenant (OPS); unknown: none")
    @CallersAllowed(Role.OPS)
    List<CardClassView> cardClassesOfTenant(@RequestParam Long tenantId) {
        return tenants.byId(tenantId)
                .map(tenant -> TenantScope.callAs(tenant.getId(), this::cardClassesOfScope))
                .orElse(List.of());
    }

    @GetMapping("/api/stored-value/shops")
    @Operation(operationId = "svShopList", summary = "#11 shops of the caller's tenant")
    @CallersAllowed(Role.POS)
    List<ShopView> shops(Till till) {
        return shops.selectList(Wrappers.<Shop>lambdaQuery().orderByAsc(Shop::getId)).stream()
                .map(ShopView::of).toList();
    }

    @GetMapping("/api/stored-value/member-levels")
    @Operation(operationId = "svLevelList", summary = "#12 member levels with their discount")
    @CallersAllowed(Role.POS)
    List<LevelView> levels(Till till) {
        return levels.selectList(Wrappers.<MemberLevel>lambdaQuery().orderByAsc(MemberLevel::getLevel)
                .orderByAsc(MemberLevel::getId)).stream().map(LevelView::of).toList();
    }

    @GetMapping("/api/stored-value/gifts")
    @Operation(operationId = "svGiftList", summary = "#13 gifts redeemable with points")
    @CallersAllowed(Role.POS)
    List<GiftView> gifts(Till till) {
        return gifts.selectList(Wrappers.<Gift>lambdaQuery().orderByAsc(Gift::getId)).stream()
                .map(GiftView::of).toList();
    }

    @GetMapping("/api/stored-value/recharge-plans")
    @Operation(operationId = "svRechargePlanList", summary = "#14 recharge plans (pay X get Y)")
    @CallersAllowed(Role.POS)
    List<RechargePlanView> rechargePlans(Till till) {
        return plans.selectList(Wrappers.<RechargePlan>lambdaQuery().orderByAsc(RechargePlan::getId)).stream()
                .map(RechargePlanView::of).toList();
    }

    private List<CardClassView> cardClassesOfScope() {
        return cardClasses.selectList(Wrappers.<CardClass>lambdaQuery().orderByAsc(CardClass::getId)).stream()
                .map(CardClassView::of).toList();
    }
}

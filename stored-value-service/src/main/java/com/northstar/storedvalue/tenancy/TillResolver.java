package com.northstar.storedvalue.tenancy;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A handler's {@link Till} parameter: the shop is taken from the token, never from the body. A token without a
 * tenant or a shop of it cannot change anything (403).
 */
class TillResolver implements HandlerMethodArgumentResolver {

    private final Tenants tenants;

    TillResolver(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Till.class;
    }

    @Override
    public Till resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Caller caller = Caller.fromHeaders(request::getHeader);
        if (caller == null || !TenantScope.isSet() || caller.shopIds().isEmpty()) {
            throw ApiException.forbidden("card business needs a POS token with a tenant and a shop");
        }
        String chosen = request.getHeader(Till.SHOP_HEADER);
        String shopClaim = chosen == null || chosen.isBlank() ? caller.shopIds().get(0) : chosen.trim();
        if (!caller.shopIds().contains(shopClaim)) {
            throw ApiException.forbidden("the token does not name shop " + shopClaim);
        }
        Shop shop = shopClaim.chars().allMatch(Character::isDigit) && shopClaim.length() < 19
                ? tenants.shop(Long.parseLong(shopClaim)).orElse(null) : null;
        if (shop == null) {
            throw ApiException.forbidden("shop " + shopClaim + " is not a shop of the token's tenant");
        }
        return new Till(TenantScope.current(), shop.getId(), caller.subject());
    }
}

package com.northstar.storedvalue.tenancy;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class TenancyWebConfiguration implements WebMvcConfigurer {

    private final Tenants tenants;

    TenancyWebConfiguration(Tenants tenants) {
        this.tenants = tenants;
        // A Till comes from the token, never from the request: not a parameter of the OpenAPI document.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Till.class);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // After the platform's role check (order 0): a caller without the role is refused before any lookup.
        registry.addInterceptor(new TenantScopeInterceptor(tenants)).order(1);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new TillResolver(tenants));
    }
}

package com.northstar.storedvalue.tenancy;

import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.TenantLineInnerInterceptor;
import org.springframework.stereotype.Component;

/**
 * Fail closed: the service does not start unless MyBatis-Plus runs {@link TenantLine} on every statement (a
 * platform without the tenant hook would otherwise read every tenant's rows).
 */
@Component
class TenantLineInstalled {

    TenantLineInstalled(MybatisPlusInterceptor interceptor) {
        if (interceptor.getInterceptors().stream().noneMatch(TenantLineInnerInterceptor.class::isInstance)) {
            throw new IllegalStateException("the tenant line interceptor is not installed: refusing to serve "
                    + "stored-value data unscoped (platform-service too old?)");
        }
    }
}

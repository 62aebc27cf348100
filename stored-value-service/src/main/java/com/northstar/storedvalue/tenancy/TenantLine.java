package com.northstar.storedvalue.tenancy;

import com.baomidou.mybatisplus.extension.plugins.handler.TenantLineHandler;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import org.springframework.stereotype.Component;

/**
 * The one place tenancy is enforced: MyBatis-Plus adds {@code tenant_id = <scoped tenant>} to every select, update
 * and delete a mapper runs and sets it on every insert. Only the tenant directory itself and the platform's tables
 * (keys already carry the tenant) are outside it.
 */
@Component
class TenantLine implements TenantLineHandler {

    private static final Set<String> UNSCOPED = Set.of("tenant", "idempotency_key", "outbox_event", "outbox_lease",
            "processed_event");

    @Override
    public Expression getTenantId() {
        return new LongValue(TenantScope.current());
    }

    @Override
    public boolean ignoreTable(String tableName) {
        return UNSCOPED.contains(tableName.toLowerCase());
    }
}

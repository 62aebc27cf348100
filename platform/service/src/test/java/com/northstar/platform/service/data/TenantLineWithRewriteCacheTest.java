package com.northstar.platform.service.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baomidou.mybatisplus.extension.plugins.handler.TenantLineHandler;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import org.junit.jupiter.api.Test;

class TenantLineWithRewriteCacheTest {

    private final AtomicReference<Long> tenant = new AtomicReference<>();
    private final TenantLineWithRewriteCache tenantLine = new TenantLineWithRewriteCache(new TenantLineHandler() {
        @Override
        public Expression getTenantId() {
            if (tenant.get() == null) {
                throw new IllegalStateException("no tenant");
            }
            return new LongValue(tenant.get());
        }

        @Override
        public boolean ignoreTable(String tableName) {
            return tableName.equals("tenant");
        }
    });

    @Test
    void aStatementIsRewrittenForEachTenantAndTheSameRewriteIsServedAgain() {
        tenant.set(1L);
        String first = tenantLine.parserSingle("SELECT * FROM card WHERE code = ?", null);
        String again = tenantLine.parserSingle("SELECT * FROM card WHERE code = ?", null);
        tenant.set(2L);
        String otherTenant = tenantLine.parserSingle("SELECT * FROM card WHERE code = ?", null);

        assertThat(first).isEqualTo("SELECT * FROM card WHERE code = ? AND tenant_id = 1").isSameAs(again);
        assertThat(otherTenant).isEqualTo("SELECT * FROM card WHERE code = ? AND tenant_id = 2");
    }

    @Test
    void withoutATenantOnlyStatementsOutsideTheTenantLineRun() {
        assertThat(tenantLine.parserSingle("SELECT * FROM tenant WHERE code = ?", null))
                .isEqualTo("SELECT * FROM tenant WHERE code = ?");
        assertThatThrownBy(() -> tenantLine.parserSingle("SELECT * FROM card WHERE code = ?", null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tenantLine.parserSingle("SELECT * FROM card WHERE code = ?", null))
                .as("a statement refused once is refused again, never served from the cache")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void insertsGetTheTenantAndUpdatesItsCondition() {
        tenant.set(7L);
        assertThat(tenantLine.parserMulti("INSERT INTO card (code) VALUES (?)", null))
                .isEqualTo("INSERT INTO card (code, tenant_id) VALUES (?, 7)");
        assertThat(tenantLine.parserMulti("UPDATE card SET code = ? WHERE id = ?", null))
                .isEqualTo("UPDATE card SET code = ? WHERE id = ? AND tenant_id = 7");
    }
}

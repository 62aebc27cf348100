package com.northstar.platform.service.data;

import com.baomidou.mybatisplus.annotation.DbType;
import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.PaginationInnerInterceptor;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * MyBatis-Plus with the pagination interceptor (MySQL dialect, right for MySQL, MariaDB and H2 in MySQL mode) and
 * Flyway building the platform's own tables (outbox, processed events, idempotency keys) beside the service's.
 */
@AutoConfiguration
public class DataPlatformAutoConfiguration {

    /** Where the platform's migrations live. */
    public static final String PLATFORM_MIGRATIONS = "classpath:db/platform";

    /**
     * The platform's migrations keep a history of their own. In one shared history every new platform migration
     * would sort below the service's applied versions, which Flyway refuses without out-of-order (off, so that a
     * forgotten migration is never applied late by accident).
     */
    public static final String PLATFORM_HISTORY_TABLE = "platform_schema_history";

    @Bean
    MybatisPlusInterceptor mybatisPlusInterceptor() {
        MybatisPlusInterceptor interceptor = new MybatisPlusInterceptor();
        PaginationInnerInterceptor pagination = new PaginationInnerInterceptor(DbType.MYSQL);
        pagination.setMaxLimit(500L);
        interceptor.addInnerInterceptor(pagination);
        return interceptor;
    }

    /**
     * The service's migrations, then the platform's with every setting of the service's but their location and
     * history table. The service's run first, on an empty schema, so they never meet a schema without their history;
     * the platform's history then starts at a baseline of version 0 on the first run, below its first migration
     * (0.1), so the baseline skips nothing.
     */
    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy serviceThenPlatformMigrations() {
        return service -> {
            service.migrate();
            Flyway.configure()
                    .configuration(service.getConfiguration())
                    .locations(PLATFORM_MIGRATIONS)
                    .table(PLATFORM_HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("platform history starts")
                    .load()
                    .migrate();
        };
    }

    @Bean
    @ConditionalOnMissingBean
    MultiRowInserts multiRowInserts(DataSource dataSource) {
        return new MultiRowInserts(dataSource);
    }
}

package com.northstar.platform.service.data;

import com.baomidou.mybatisplus.annotation.DbType;
import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.PaginationInnerInterceptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * MyBatis-Plus with the pagination interceptor (MySQL dialect, right for MySQL, MariaDB and H2 in MySQL mode) and
 * Flyway reading the platform's own tables (outbox, processed events, idempotency keys) beside the service's.
 */
@AutoConfiguration
public class DataPlatformAutoConfiguration {

    /** Where the platform's migrations live; their versions (0.x) sort before every service's own. */
    public static final String PLATFORM_MIGRATIONS = "classpath:db/platform";

    @Bean
    MybatisPlusInterceptor mybatisPlusInterceptor() {
        MybatisPlusInterceptor interceptor = new MybatisPlusInterceptor();
        PaginationInnerInterceptor pagination = new PaginationInnerInterceptor(DbType.MYSQL);
        pagination.setMaxLimit(500L);
        interceptor.addInnerInterceptor(pagination);
        return interceptor;
    }

    @Bean
    FlywayConfigurationCustomizer platformMigrations() {
        return configuration -> {
            List<String> locations = new ArrayList<>(Arrays.stream(configuration.getLocations())
                    .map(Object::toString).toList());
            if (!locations.contains(PLATFORM_MIGRATIONS)) {
                locations.add(PLATFORM_MIGRATIONS);
            }
            configuration.locations(locations.toArray(String[]::new));
        };
    }
}

package com.northstar.asset.support;

import java.util.Properties;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets a mapper give MySQL/MariaDB a statement with an index hint H2 cannot parse ({@code databaseId = "mysql"})
 * and the local H2 files the plain statement ({@code "h2"}). Connector/J names MariaDB "MySQL" too.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseVendors {

    @Bean
    DatabaseIdProvider databaseIdProvider() {
        Properties vendors = new Properties();
        vendors.setProperty("MySQL", "mysql");
        vendors.setProperty("MariaDB", "mysql");
        vendors.setProperty("H2", "h2");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider;
    }
}

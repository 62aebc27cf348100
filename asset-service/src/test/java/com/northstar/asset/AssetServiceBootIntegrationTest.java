package com.northstar.asset;

import com.northstar.platform.test.IntegrationTestProperties;
import com.northstar.platform.test.ServiceBootContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssetServiceBootIntegrationTest extends ServiceBootContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.registerWithoutKafka(registry, "it_asset_service_boot");
    }
}

package com.northstar.swaporder;

import com.northstar.platform.test.IntegrationTestProperties;
import com.northstar.platform.test.ServiceBootContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwapOrderServiceBootIntegrationTest extends ServiceBootContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.registerWithoutKafka(registry, "it_swap_order_service_boot");
    }
}

package com.northstar.partner;

import com.northstar.platform.test.IntegrationTestProperties;
import com.northstar.platform.test.ServiceBootContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.config.additional-location=file:../config/partner-adapter-service.yml,"
                + "file:../config/partner-adapter-service-local.yml")
class PartnerAdapterServiceBootIntegrationTest extends ServiceBootContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.registerWithoutKafka(registry, "it_partner_adapter_service_boot");
    }
}

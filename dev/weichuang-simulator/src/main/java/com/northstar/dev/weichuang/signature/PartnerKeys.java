package com.northstar.dev.weichuang.signature;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The app keys Weichuang issued to its partners, with their secrets: {@code simulator.partner-keys}.
 *
 * @param partnerKeys secret by app key
 */
@ConfigurationProperties("simulator")
record PartnerKeys(Map<String, String> partnerKeys) {

    PartnerKeys {
        partnerKeys = partnerKeys == null ? Map.of() : Map.copyOf(partnerKeys);
    }
}

package com.northstar.asset.cabinet;

import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.error.ApiException;
import feign.FeignException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Asks Weichuang (through partner-adapter) about one cabinet; any failure to get an answer is a 503 to retry. */
@Component
class PartnerTanks {

    private static final Logger log = LoggerFactory.getLogger(PartnerTanks.class);

    private final PartnerTankClient client;

    PartnerTanks(PartnerTankClient client) {
        this.client = client;
    }

    /**
     * The cabinet as Weichuang knows it; empty when Weichuang does not know the code. An answer that names no owning
     * merchant is no cabinet this service can take over (every cabinet is some merchant's): 502, nothing changes.
     */
    Optional<TankInfo> find(String tankCode) {
        KopResponse<PartnerTankClient.TankList> answer;
        try {
            answer = client.queryTanks(new PartnerTankClient.TankQuery(List.of(tankCode)));
        } catch (FeignException e) {
            log.warn("partner-adapter tank query failed: status {}, {}", e.status(), e.getClass().getSimpleName());
            throw unavailable();
        }
        if (answer == null || answer.code() != KopResponse.SUCCESS || answer.data() == null
                || answer.data().tankList() == null) {
            log.warn("partner-adapter tank query answered without a tank list (code {})",
                    answer == null ? null : answer.code());
            throw unavailable();
        }
        Optional<TankInfo> tank = answer.data().tankList().stream()
                .filter(candidate -> tankCode.equals(candidate.tankCode())).findFirst();
        if (tank.isPresent() && (tank.get().merchantId() == null || tank.get().merchantId().isBlank())) {
            log.warn("Weichuang's answer for cabinet {} names no merchant", tankCode);
            throw new ApiException(502, 502, "Weichuang's answer for tankCode " + tankCode
                    + " names no merchant; nothing changed");
        }
        return tank;
    }

    private static ApiException unavailable() {
        return new ApiException(503, 503, "Weichuang is unavailable, retry later");
    }
}

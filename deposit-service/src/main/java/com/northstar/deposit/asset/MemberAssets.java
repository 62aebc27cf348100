package com.northstar.deposit.asset;

import com.northstar.platform.core.envelope.KopResponse;
import feign.FeignException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The asset a refund detail shows: the member's current battery, from asset-service. A detail page must not fail
 * because asset-service is down or slow: then, as when the member holds no battery, there is none to show.
 */
@Component
public class MemberAssets {

    /** §2.2.21's assetType of the current battery. */
    static final int CURRENT_BATTERY = 1;

    private static final Logger log = LoggerFactory.getLogger(MemberAssets.class);

    private final AssetClient client;

    MemberAssets(AssetClient client) {
        this.client = client;
    }

    /** A member's asset as the detail shows it. */
    public record Asset(Integer assetType, String assetCode, String assetModel, String assetImg) {
    }

    /** The member's current battery; empty when it holds none or asset-service gave no answer in time. */
    public Optional<Asset> currentBattery(String phoneNo) {
        KopResponse<List<AssetClient.AssetInfo>> answer;
        try {
            answer = client.memberAssets(phoneNo);
        } catch (FeignException e) {
            log.warn("asset-service member-assets failed: status {}, {}; the detail shows no asset", e.status(),
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
        if (answer == null || answer.code() != KopResponse.SUCCESS || answer.data() == null) {
            log.warn("asset-service member-assets answered code {} without assets; the detail shows no asset",
                    answer == null ? null : answer.code());
            return Optional.empty();
        }
        return answer.data().stream().filter(asset -> asset.assetType() != null
                && asset.assetType() == CURRENT_BATTERY).findFirst()
                .map(asset -> new Asset(asset.assetType(), asset.assetCode(), asset.assetModel(), asset.assetImg()));
    }
}

package com.northstar.partner.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.partner.PartnerIntegrationTestSupport;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The compare-and-set claim that keeps two instances from delivering one call at once, and the lease that gives a
 * crashed instance's call to another. Calls are written due in 2099 so this instance's dispatcher leaves them alone.
 */
class PartnerCallClaimIntegrationTest extends PartnerIntegrationTestSupport {

    @Autowired
    private PartnerCalls calls;

    @Test
    void ofTwoInstancesClaimingOneCallExactlyOneGetsIt() {
        PartnerCall call = insertCall();

        Optional<String> first = calls.claim(call, Duration.ofMinutes(2));
        Optional<String> second = calls.claim(call, Duration.ofMinutes(2));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(count("SELECT attempts FROM partner_call WHERE id = ?", call.id())).isEqualTo(1);
    }

    @Test
    void anInstanceThatLostItsClaimCannotEndTheCall() {
        PartnerCall call = insertCall();
        String lost = calls.claim(call, Duration.ofMinutes(2)).orElseThrow();
        jdbc.sql("UPDATE partner_call SET claimed_until = '2000-01-01 00:00:00' WHERE id = ?").param(call.id())
                .update();
        String taken = calls.claim(call, Duration.ofMinutes(2)).orElseThrow();

        assertThat(calls.end(call, lost, CallState.DELIVERED, calls.now(), null)).isFalse();
        assertThat(calls.end(call, taken, CallState.DELIVERED, calls.now(), null)).isTrue();
        assertThat(calls.find(call.id()).orElseThrow().state()).isEqualTo(CallState.DELIVERED);
    }

    private PartnerCall insertCall() {
        jdbc.sql("""
                INSERT INTO partner_call (operation, call_key, request_json, state, attempts, next_attempt_at,
                    created_at, updated_at)
                VALUES ('BINDING_UPDATE', 'BT-CLAIM', '{"batteryCode":"BT-CLAIM","state":0}', 'PENDING', 0,
                    '2099-01-01 00:00:00', NOW(), NOW())""").update();
        long id = count("SELECT MAX(id) FROM partner_call");
        return calls.find(id).orElseThrow();
    }
}

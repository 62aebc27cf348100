package com.northstar.storedvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers of the member, import and migration tests: members opened through #19 as a till would, and golden bodies
 * compared with today's times masked (they are the moment the test ran).
 */
public abstract class MemberTestSupport extends StoredValueIntegrationTestSupport {

    protected static final String MEMBERS = "/api/stored-value/members";
    private static final String WIRE_TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";

    /** The reference data, and no import jobs left from another test. */
    protected void loadMembersReferenceData() {
        loadReferenceData();
        List.of("member_import_job", "member_import_refusal")
                .forEach(table -> jdbc.sql("TRUNCATE TABLE " + table).update());
    }

    /** A #19 body for card {@code cardCode} (mac "M" + code) of {@code cardClassId}. */
    protected static Map<String, Object> newMember(String cardCode, long cardClassId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("cardCode", cardCode);
        body.put("cardMac", mac(cardCode));
        body.put("cardClassId", cardClassId);
        body.put("name", name);
        return body;
    }

    /** Opens a member through #19 and answers its id. */
    protected long createMember(Map<String, Object> body, org.springframework.http.HttpHeaders till)
            throws Exception {
        var answer = postJson(MEMBERS, till, body);
        assertThat(statusOf(answer)).as(answer.toString()).isEqualTo(200);
        return answer.get("data").asLong();
    }

    /** {@code body} equals the golden file {@code golden/<name>.json}, times of the test run masked in both. */
    protected static void assertGolden(String name, String body) throws Exception {
        String golden = resource("golden/" + name + ".json").strip();
        assertThat(body.replaceAll(WIRE_TIME, "<time>")).isEqualTo(golden.replaceAll(WIRE_TIME, "<time>"));
    }
}

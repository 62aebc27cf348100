package com.northstar.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * deploy/keycloak/northstar-realm.json holds what its README promises, and the claims its mappers write are where
 * the gateway's defaults read them, so the sample cannot drift from the gateway.
 */
class KeycloakRealmSampleTest {

    private static final String REALM_FILE = "deploy/keycloak/northstar-realm.json";

    /** JSON is YAML: the export is read by the same parser as every other deployment file. */
    private static final Map<String, Object> REALM = Yaml.load(Suite.ROOT.resolve(REALM_FILE));

    private static final String README = Suite.read("deploy/keycloak/README.md");

    private static final Map<String, Object> GATEWAY_SETTINGS = Yaml.load(
            Suite.ROOT.resolve("gateway/src/main/resources/application.yml"));

    /** {@code ${JWT_AUDIENCE:northstar}}: the default of a setting the environment can override. */
    private static final Pattern DEFAULT = Pattern.compile("^\\$\\{[A-Z_]+:([^}]+)}$");

    @Test
    void realmNorthstarIsTheIssuerAndRolesPathTheReadmeTellsTheGatewayToUse() {
        assertThat(Yaml.string(REALM, "realm")).isEqualTo("northstar");
        assertThat(README).contains("`https://<host>/realms/northstar`")
                .contains("`https://<host>/realms/northstar/protocol/openid-connect/certs`")
                .contains("| `JWT_ROLES_CLAIM` | `realm_access.roles` |");
    }

    @Test
    void realmRolesAreThePeoplesRolesOfTheSuite() {
        List<Object> roles = Yaml.maps(REALM, "roles.realm").stream().map(role -> role.get("name")).toList();

        assertThat(roles).containsExactlyInAnyOrder("OPS", "MERCHANT", "APP", "POS", "PARK");
    }

    @Test
    void adminConsoleIsAPublicClientOfTheCodeFlowWithPkceS256Only() {
        Map<String, Object> client = adminConsole();

        assertThat(client).containsEntry("publicClient", true)
                .containsEntry("standardFlowEnabled", true)
                .containsEntry("implicitFlowEnabled", false)
                .containsEntry("directAccessGrantsEnabled", false)
                .containsEntry("serviceAccountsEnabled", false);
        assertThat(Yaml.map(client, "attributes")).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(Yaml.list(client, "redirectUris"))
                .containsExactlyInAnyOrder("http://localhost:5173/callback", "http://127.0.0.1/*");
    }

    @Test
    void accessTokensCarryTheGatewaysAudience() {
        Map<String, String> audience = mapper("oidc-audience-mapper", "included.custom.audience");

        assertThat(audience).containsEntry("included.custom.audience", gatewayDefault("gateway.jwt.audience"))
                .containsEntry("access.token.claim", "true");
    }

    @Test
    void userAttributesAreMappedIntoAccessTokensWhereTheGatewayReadsThem() {
        for (String[] attribute : new String[][] {{"merchantIds", "merchant-ids-claim", "true"},
                {"tenantId", "tenant-id-claim", "false"}, {"shopIds", "shop-ids-claim", "true"}}) {
            Map<String, String> config = userAttributeMapper(attribute[0]);

            assertThat(config).as("mapper of %s", attribute[0])
                    .containsEntry("claim.name", gatewayDefault("gateway.jwt." + attribute[1]))
                    .containsEntry("multivalued", attribute[2])
                    .containsEntry("access.token.claim", "true");
        }
    }

    @Test
    void noUserHasCredentials() {
        assertThat(Yaml.maps(REALM, "users")).allSatisfy(user -> assertThat(user).doesNotContainKey("credentials"));
    }

    private static Map<String, Object> adminConsole() {
        return Yaml.maps(REALM, "clients").stream().filter(client -> "admin-console".equals(client.get("clientId")))
                .findFirst().orElseThrow(() -> new AssertionError("no client admin-console in " + REALM_FILE));
    }

    private static Map<String, String> userAttributeMapper(String attribute) {
        return Yaml.maps(adminConsole(), "protocolMappers").stream()
                .filter(mapper -> "oidc-usermodel-attribute-mapper".equals(mapper.get("protocolMapper")))
                .map(KeycloakRealmSampleTest::configOf)
                .filter(config -> attribute.equals(config.get("user.attribute")))
                .findFirst().orElseThrow(() -> new AssertionError("no mapper of the user attribute " + attribute));
    }

    private static Map<String, String> mapper(String type, String configKey) {
        return Yaml.maps(adminConsole(), "protocolMappers").stream()
                .filter(mapper -> type.equals(mapper.get("protocolMapper")))
                .map(KeycloakRealmSampleTest::configOf)
                .filter(config -> config.containsKey(configKey))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " with " + configKey));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> configOf(Map<String, Object> mapper) {
        return (Map<String, String>) (Map<?, ?>) Yaml.map(mapper, "config");
    }

    /** The default of a gateway setting written as {@code ${ENV:default}} in its application.yml. */
    private static String gatewayDefault(String property) {
        String value = Yaml.string(GATEWAY_SETTINGS, property);
        Matcher matcher = DEFAULT.matcher(value == null ? "" : value);
        assertThat(matcher.matches()).as("%s = %s in the gateway's application.yml", property, value).isTrue();
        return matcher.group(1);
    }
}

package com.northstar.platform.service.web;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.hmac.HmacSignature;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

/**
 * What every service's OpenAPI document says the same way: its name, its server (the gateway, whose paths are the
 * services' own) and how callers authenticate there (a person's JWT, or a partner's, cabinet's or payment
 * provider's signed request), so Swagger UI on the gateway can send real requests.
 */
final class OpenApiDocument {

    static final String BEARER = "bearer-jwt";
    static final String SIGNED = "hmac-signature";

    private OpenApiDocument() {
    }

    static OpenApiCustomizer customizer(String serviceName) {
        // The caller comes from the gateway's verified headers, never from the request: not a documented parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        return api -> describe(api, serviceName);
    }

    static void describe(OpenAPI api, String serviceName) {
        Info info = api.getInfo() == null ? new Info() : api.getInfo();
        api.info(info.title(serviceName).version(info.getVersion() == null ? "v1" : info.getVersion()));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("People (OPS, MERCHANT, APP, POS, PARK): a JWT from the "
                                + "identity provider; locally from POST /dev/tokens on the gateway"))
                .addSecuritySchemes(SIGNED, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name(HmacSignature.APP_KEY)
                        .description("Partners, cabinets, payment providers: X-App-Key, X-Timestamp (epoch ms), "
                                + "X-Nonce and X-Signature = hex HMAC-SHA256 over "
                                + "METHOD\\nPATH\\nX-Timestamp\\nX-Nonce\\nhex(sha256(body)) with the app's secret")));
        // Relative: Swagger UI on the gateway sends requests to the gateway, which serves the same paths.
        api.servers(List.of(new Server().url("/").description("the gateway")));
        api.addSecurityItem(new SecurityRequirement().addList(BEARER));
        api.addSecurityItem(new SecurityRequirement().addList(SIGNED));
    }
}

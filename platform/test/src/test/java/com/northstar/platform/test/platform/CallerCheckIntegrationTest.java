package com.northstar.platform.test.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.core.caller.AuthHeaders;
import com.northstar.platform.test.UndeclaredOperations;
import feign.FeignException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;

/** Deny-by-default caller checks over real HTTP, and INTERNAL calls made with the platform's OpenFeign setup. */
class CallerCheckIntegrationTest extends PlatformIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CallerCheckTestController controller;

    private CallerCheckTestClient otherService;

    @BeforeEach
    void otherServicesClient() {
        otherService = new FeignClientBuilder(context).forType(CallerCheckTestClient.class, "caller-check-test")
                .url("http://localhost:" + port).build();
        controller.undeclaredRuns.set(0);
    }

    @Test
    void anOperationWithoutACallerDeclarationIsRefusedWithForbiddenWhoeverCalls() throws Exception {
        HttpResponse<String> asOps = get(CallerCheckTestController.UNDECLARED, "ops-1", "OPS");
        HttpResponse<String> anonymous = get(CallerCheckTestController.UNDECLARED, null, null);

        assertThat(asOps.statusCode()).isEqualTo(403);
        assertThat(asOps.body()).isEqualTo("{\"code\":403,\"msg\":\"caller may not perform this operation\"}");
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThatThrownBy(otherService::undeclared).isInstanceOf(FeignException.Forbidden.class);
        assertThat(controller.undeclaredRuns).hasValue(0);
    }

    @Test
    void anotherServicesOpenFeignCallRunsAnInternalOperationAsThatService() {
        assertThat(otherService.internalOnly()).isEqualTo("platform-test [INTERNAL]");
    }

    @Test
    void anOpenFeignCallCannotPassOnAPersonsRoles() {
        assertThat(otherService.internalOnlyAs("OPS")).isEqualTo("platform-test [INTERNAL]");
    }

    @Test
    void aPersonMayNotCallAnInternalOperation() throws Exception {
        assertThat(get(CallerCheckTestController.INTERNAL_ONLY, "ops-1", "OPS").statusCode()).isEqualTo(403);
        assertThat(get(CallerCheckTestController.INTERNAL_ONLY, "merchant-1", "MERCHANT,APP").statusCode())
                .isEqualTo(403);
        assertThat(get(CallerCheckTestController.INTERNAL_ONLY, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theBootTestsHandlerWalkNamesTheUndeclaredOperationAndNothingElse() {
        assertThat(UndeclaredOperations.in(context)).singleElement().asString()
                .contains(CallerCheckTestController.UNDECLARED)
                .endsWith(CallerCheckTestController.class.getName() + "#undeclared");
    }

    private HttpResponse<String> get(String path, String subject, String roles)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (subject != null) {
            request.header(AuthHeaders.SUBJECT, subject).header(AuthHeaders.ROLES, roles);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

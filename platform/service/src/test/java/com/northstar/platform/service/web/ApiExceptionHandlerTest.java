package com.northstar.platform.service.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.service.caller.CallerArgumentResolver;
import com.northstar.platform.service.caller.CallerCheckInterceptor;
import com.northstar.platform.service.caller.CallersAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exception-to-envelope mapping: malformed JSON, a wrong type, a missing required field and an unknown enum
 * value are each a 400 in the controller's seed envelope naming the field, never a 500 or a stack trace.
 */
class ApiExceptionHandlerTest {

    enum Kind { NORMAL, ABNORMAL }

    record Command(@NotNull Long orderId, Integer count, Kind kind) {
    }

    @RestController
    @SeedApi(Seed.KOP)
    static class KopController {
        @PostMapping("/kop")
        @CallersAllowed(Role.OPS)
        KopResponse<Command> handle(@Valid @RequestBody Command command) {
            if (command.orderId() == 500) {
                throw new IllegalStateException("secret detail");
            }
            return KopResponse.ok(command);
        }
    }

    @RestController
    @SeedApi(Seed.PARKING)
    static class ParkingController {
        @PostMapping("/parking")
        @CallersAllowed(Role.APP)
        Command handle(@Valid @RequestBody Command command) {
            return command;
        }
    }

    @RestController
    @SeedApi(Seed.STORED_VALUE)
    static class StoredValueController {
        @PostMapping("/stored-value")
        @CallersAllowed(Role.POS)
        Command handle(@Valid @RequestBody Command command) {
            return command;
        }
    }

    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new KopController(), new ParkingController(), new StoredValueController())
            .setControllerAdvice(new ApiExceptionHandler(Seed.KOP))
            .addInterceptors(new CallerCheckInterceptor())
            .setCustomArgumentResolvers(new CallerArgumentResolver())
            .build();

    @Test
    void malformedJsonIsA400InTheKopEnvelope() throws Exception {
        call("/kop", "OPS", "{\"orderId\":").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.msg").value("malformed JSON body"))
                .andExpect(jsonPath("$.data").doesNotExist());
    }

    @Test
    void aWrongTypeNamesTheField() throws Exception {
        call("/kop", "OPS", "{\"orderId\":1,\"count\":\"many\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("field count has an invalid value"));
    }

    @Test
    void aMissingRequiredFieldNamesTheField() throws Exception {
        call("/kop", "OPS", "{\"count\":1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("missing required field orderId"));
    }

    @Test
    void anUnknownEnumValueNamesTheField() throws Exception {
        call("/kop", "OPS", "{\"orderId\":1,\"kind\":\"WEIRD\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.msg").value("field kind has an invalid value"));
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        call("/kop", "OPS", "{\"orderId\":1,\"somethingNew\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200));
    }

    @Test
    void anUnexpectedFailureIsA500WithoutDetail() throws Exception {
        call("/kop", "OPS", "{\"orderId\":500}").andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value(500))
                .andExpect(jsonPath("$.msg").value("internal error"));
    }

    @Test
    void noCallerIs401AndAWrongRoleIs403() throws Exception {
        mvc.perform(post("/kop").contentType(MediaType.APPLICATION_JSON).content("{\"orderId\":1}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value(401));
        call("/kop", "APP", "{\"orderId\":1}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value(403));
    }

    @Test
    void parkingFailuresUseTheParkingEnvelope() throws Exception {
        call("/parking", "APP", "{\"count\":1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.isSuccess").value("1"))
                .andExpect(jsonPath("$.msg").value("missing required field orderId"))
                .andExpect(jsonPath("$.timestamp").isString());
    }

    @Test
    void storedValueFailuresUseTheStoredValueEnvelope() throws Exception {
        call("/stored-value", "POS", "not json").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.message").value("malformed JSON body"));
    }

    private ResultActions call(String path, String role, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-Auth-Subject", "tester").header("X-Auth-Roles", role));
    }
}

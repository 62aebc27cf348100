package com.northstar.member.migration;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@RestController
@SeedApi(Seed.KOP)
@Tag(name = "migrations", description = "seed 000 §1.2.3-1.2.6: Weichuang users moving to the new app")
class MigrationController {

    private static final TypeReference<Map<String, String>> BOUND = new TypeReference<>() {
    };

    private final MigrationSaga saga;
    private final Migrations migrations;
    private final JsonMapper json;

    MigrationController(MigrationSaga saga, Migrations migrations, JsonMapper json) {
        this.saga = saga;
        this.migrations = migrations;
        this.json = json;
    }

    @PostMapping("/api/member/migrations")
    @Operation(operationId = "memberMigrationStart", summary = "Start (or look up) a Weichuang user's migration",
            description = "Pulls the user, deposit, package and batteries through partner-adapter and opens a "
                    + "pending access review (state PENDING_REVIEW). Again for the same phone: the same migration. "
                    + "404: Weichuang does not know the phone. Weichuang down: the migration is kept (STARTED, "
                    + "waitingOn WEICHUANG) and resumed.")
    @CallersAllowed(Role.APP)
    KopResponse<MigrationView> start(@Valid @RequestBody MigrationStartRequest request) {
        return KopResponse.ok(view(saga.start(request.phoneNo())));
    }

    @GetMapping("/api/member/migrations/{phoneNo}")
    @Operation(operationId = "memberMigrationGet", summary = "Where a user's migration stands",
            description = "404 when the phone has no migration.")
    @CallersAllowed({ Role.APP, Role.OPS })
    KopResponse<MigrationView> get(@PathVariable("phoneNo") String phoneNo) {
        return KopResponse.ok(view(migrations.find(phoneNo).orElseThrow(() ->
                ApiException.notFound("no migration for this phone number"))));
    }

    private MigrationView view(Migration migration) {
        String waitingOn = migration.waitingOn();
        if (waitingOn == null && migration.state().waits() == MigrationState.Waits.MERCHANT) {
            waitingOn = MigrationState.Waits.MERCHANT.name();
        }
        List<String> batteryCodes = migration.batteriesJson() == null ? null : Arrays.stream(json.readValue(
                migration.batteriesJson(), PartnerClient.Battery[].class)).map(PartnerClient.Battery::batteryCode)
                .toList();
        return new MigrationView(migration.phone(), migration.state().name(), waitingOn, migration.lastError(),
                migration.attempts(), migration.userId(), migration.memberId(), migration.reviewId(),
                migration.merchantCode(), batteryCodes, migration.boundJson() == null ? null
                        : json.readValue(migration.boundJson(), BOUND), format(migration.startedAt()),
                format(migration.updatedAt()), format(migration.completedAt()));
    }

    private static String format(LocalDateTime time) {
        return time == null ? null : WireDates.format(time);
    }
}

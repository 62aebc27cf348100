package com.northstar.asset.binding;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.KOP)
@Tag(name = "battery bindings", description = "seed 000 §2.2.13, 2.2.16, 2.2.17 and the migration bind")
class BindingController {

    private final BindingQueries queries;
    private final BindingService service;

    BindingController(BindingQueries queries, BindingService service) {
        this.queries = queries;
        this.service = service;
    }

    @PostMapping("/api/asset/member-batteries/query")
    @Operation(operationId = "assetMemberBatteryQuery", summary = "Batteries bound to a store's members (§2.2.13)",
            description = "Current bindings of the merchants named, newest first. A MERCHANT sees only its own "
                    + "merchants, whatever it names.")
    @CallersAllowed({ Role.MERCHANT, Role.PARTNER })
    KopResponse<KopPage<MemberBatteryView>> memberBatteries(@Valid @RequestBody MemberBatteryQueryRequest request,
            Caller caller) {
        return KopResponse.ok(queries.memberBatteries(MemberBatteryQuery.of(request, caller)));
    }

    @PostMapping("/api/asset/battery-bindings/query")
    @Operation(operationId = "assetBindingQuery", summary = "Member battery assets: current bindings (§2.2.16)")
    @CallersAllowed({ Role.OPS, Role.PARTNER })
    KopResponse<KopPage<BindingView>> bindings(@Valid @RequestBody(required = false) BindingQueryRequest request) {
        return KopResponse.ok(queries.bindings(BindingQuery.of(request == null ? BindingQueryRequest.EVERYTHING
                : request)));
    }

    @PostMapping("/api/asset/battery-bindings/correct")
    @Operation(operationId = "assetBindingCorrect", summary = "Correct the battery of a binding (§2.2.17)",
            description = "The binding ends and its user is bound to the given battery (asset.binding-changed for "
                    + "both). 404: unknown binding or battery; 409: the binding has ended or the battery is bound "
                    + "to someone; the battery the binding already has changes nothing.")
    @CallersAllowed({ Role.OPS, Role.PARTNER })
    KopResponse<Void> correct(@Valid @RequestBody BindingCorrectRequest request) {
        String batteryCode = request.batteryCode().trim();
        if (!service.correct(Long.parseLong(request.id()), batteryCode)) {
            return new KopResponse<>(KopResponse.SUCCESS, "binding " + request.id() + " already has battery "
                    + batteryCode, null);
        }
        return KopResponse.ok(null);
    }

    @PostMapping("/internal/asset/battery-bindings/migrate")
    @Operation(operationId = "assetBindingMigrate", summary = "INTERNAL: bind a migrated user's battery",
            description = "member-service at migration. The same user and battery again answers the same "
                    + "bindingId; a battery bound to someone else is 409.")
    @CallersAllowed(Role.INTERNAL)
    KopResponse<MigratedBinding> migrate(@Valid @RequestBody MigrationRequest request) {
        return KopResponse.ok(service.migrate(request));
    }
}

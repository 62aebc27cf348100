package com.northstar.storedvalue.migration;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.envelope.StoredValueResponse;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.STORED_VALUE)
class TenantMigrationController {

    private final TenantMigration migration;

    TenantMigrationController(TenantMigration migration) {
        this.migration = migration;
    }

    @PostMapping("/api/stored-value/tenants/migrate-members")
    @Operation(operationId = "svTenantMigrate", summary = "#40 move members and cards into another tenant (OPS)")
    @CallersAllowed(Role.OPS)
    StoredValueResponse<Void> migrate(@RequestBody MigrateRequest request, Caller caller) {
        TenantMigration.Outcome outcome = migration.migrate(request, caller.subject());
        return new StoredValueResponse<>(StoredValueResponse.SUCCESS, outcome.message(), null);
    }
}

package com.northstar.asset.binding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of the INTERNAL migration bind: member-service binds a migrated user's battery to the member. */
record MigrationRequest(@NotBlank @Size(max = 64) String userId, @Size(max = 64) String userName,
        @NotBlank @Size(max = 20) String userPhone, @NotBlank @Size(max = 64) String batteryCode,
        @NotBlank @Size(max = 64) String merchantCode) {
}

package com.northstar.member.migration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Body of {@code memberMigrationStart}: the user's mobile number at Weichuang. */
record MigrationStartRequest(@NotBlank @Pattern(regexp = "1\\d{10}", message = "must be an 11-digit mobile number")
        String phoneNo) {
}

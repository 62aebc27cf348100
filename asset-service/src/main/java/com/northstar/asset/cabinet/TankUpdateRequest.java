package com.northstar.asset.cabinet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code assetTankUpdate} (KOP {@code hm.device.p.tankUpdate}, seed 000 §2.1.1): every field required. */
record TankUpdateRequest(@NotBlank @Size(max = 64) String tankCode, @NotBlank @Size(max = 32) String latitude,
        @NotBlank @Size(max = 32) String longitude, @NotBlank @Size(max = 255) String address) {
}

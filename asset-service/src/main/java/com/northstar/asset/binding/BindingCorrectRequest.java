package com.northstar.asset.binding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code assetBindingCorrect} (seed 000 §2.2.17).
 *
 * @param id          the binding's id (a String on the wire, as 2.2.16 gives it)
 * @param batteryCode the battery the binding's user really holds
 */
record BindingCorrectRequest(@NotBlank @Pattern(regexp = "\\d{1,18}", message = "must be a binding id") String id,
        @NotBlank @Size(max = 64) String batteryCode) {
}

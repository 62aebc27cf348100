package com.northstar.partner.lookup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The INTERNAL tank lookup's body; at most a page of codes per call. */
record TankCodes(@NotEmpty @Size(max = 500) List<@NotBlank String> tankCodes) {
}

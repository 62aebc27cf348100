package com.northstar.swaporder.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The seed's {@code changeDetail} block: which slots the batteries left and entered, and their charge.
 *
 * @param borrowElectric charge of the battery handed out, percent
 * @param returnElectric charge of the battery handed back, percent
 */
public record ChangeDetail(@Min(0) Integer borrowBoxNo, @Min(0) Integer returnBoxNo,
        @Min(0) @Max(100) Integer borrowElectric, @Min(0) @Max(100) Integer returnElectric) {

    boolean isEmpty() {
        return borrowBoxNo == null && returnBoxNo == null && borrowElectric == null && returnElectric == null;
    }
}

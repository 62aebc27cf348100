package com.northstar.swaporder.order;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The seed's {@code packageInfo} block: the package the swap was paid with.
 *
 * @param price in fen
 */
public record PackageInfo(@Size(max = 100) String packageName, @PositiveOrZero Long price) {

    boolean isEmpty() {
        return packageName == null && price == null;
    }
}

package com.northstar.storedvalue.support;

import java.util.Optional;

/** An enum of the seed's numbered values (card states, send modes, card types, payment types): code and label. */
public interface SeedCode {

    int code();

    String label();

    /** The constant of {@code type} with {@code code}, if there is one. */
    static <E extends Enum<E> & SeedCode> Optional<E> find(Class<E> type, int code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code() == code) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The constant of {@code type} with {@code code}; a code the seed does not have is a bug here, not input. */
    static <E extends Enum<E> & SeedCode> E of(Class<E> type, int code) {
        return find(type, code).orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " "
                + code));
    }
}

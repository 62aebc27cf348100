package com.northstar.storedvalue.importing;

import java.util.List;
import java.util.Optional;

/** The columns a member file may have, known by any of their header names (Chinese or the seed's field name). */
enum ImportColumn {

    CARD_CODE(true, "卡号", "cardCode"),
    MAC(true, "卡密", "mac", "cardMac"),
    NAME(true, "姓名", "name"),
    PHONE(false, "手机", "手机号", "phone"),
    SEX(false, "性别", "sex"),
    BIRTHDAY(false, "生日", "birthday"),
    ID_CARD(false, "证件号", "身份证号", "idCard"),
    ADDRESS(false, "地址", "address"),
    /** The opening actual (paid-in) balance. */
    ACTUAL_BALANCE(false, "余额", "actualBalance"),
    /** The opening bonus balance. */
    GIVE_BALANCE(false, "赠送余额", "giveBalance");

    private final boolean required;
    private final List<String> headers;

    ImportColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    boolean required() {
        return required;
    }

    String header() {
        return headers.get(0);
    }

    static Optional<ImportColumn> byHeader(String header) {
        String name = header.replace("\uFEFF", "").trim();
        for (ImportColumn column : values()) {
            if (column.headers.stream().anyMatch(name::equalsIgnoreCase)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}

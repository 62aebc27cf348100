package com.northstar.parking.sms;

import com.northstar.platform.core.error.ApiException;
import java.util.regex.Pattern;

/** Mainland mobile numbers: 11 digits starting 13-19. */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private PhoneNumbers() {
    }

    public static boolean isValid(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }

    /** @throws ApiException 400 naming the field (never the number) when {@code phone} is no mobile number */
    public static void requireValid(String field, String phone) {
        if (phone == null || phone.isBlank()) {
            throw ApiException.badRequest("missing required field " + field);
        }
        if (!isValid(phone)) {
            throw ApiException.badRequest("field " + field + " is not a mobile phone number");
        }
    }
}

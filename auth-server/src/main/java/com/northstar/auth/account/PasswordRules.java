package com.northstar.auth.account;

import com.northstar.platform.core.error.ApiException;
import java.util.Locale;

/** What a password must be: long enough to resist guessing, not the username, within bcrypt's 72 bytes. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;

    private PasswordRules() {
    }

    /** The reason a password is refused, or null when it is acceptable. */
    public static String refusal(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password_too_short";
        }
        if (password.length() > MAX_LENGTH) {
            return "password_too_long";
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return "password_contains_username";
        }
        return null;
    }

    static void require(String username, String password) {
        String refusal = refusal(username, password);
        if (refusal != null) {
            throw ApiException.badRequest("password: at least " + MIN_LENGTH + " and at most " + MAX_LENGTH
                    + " characters, not containing the username (" + refusal + ")");
        }
    }
}

package com.northstar.platform.core.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text: mainland mobile numbers keep their first 3 and last 4 digits, ID card numbers
 * their first 3 and last 4 characters. Used on every log message so that no call site has to remember it.
 */
public final class PiiMasking {

    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z])(\\d{3})\\d{11}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

    private PiiMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        String masked = replace(ID_CARD, text, "***********");
        return replace(MOBILE, masked, "****");
    }

    private static String replace(Pattern pattern, String text, String middle) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, "$1" + middle + "$2");
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}

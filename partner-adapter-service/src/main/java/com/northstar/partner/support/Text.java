package com.northstar.partner.support;

/** Text bound for a column of limited width. */
public final class Text {

    private Text() {
    }

    /** The text cut to {@code max} characters; null stays null. */
    public static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

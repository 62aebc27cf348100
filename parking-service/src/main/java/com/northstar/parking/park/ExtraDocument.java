package com.northstar.parking.park;

/**
 * A document a park asks for with a renewal.
 *
 * @param image    type 1: the renewal carries it as a file (an image or PDF); type 0 is text in its content
 * @param required a renewal without it is refused
 */
public record ExtraDocument(String code, String name, boolean image, boolean required) {

    public static final String TEXT = "0";
    public static final String IMAGE = "1";

    public String type() {
        return image ? IMAGE : TEXT;
    }
}

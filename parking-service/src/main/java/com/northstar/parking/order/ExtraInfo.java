package com.northstar.parking.order;

/**
 * One document of an order ({@code extraInfo[]}, and {@code extraDataJson[]} of the request): type 0 text with the
 * text in {@code content}, type 1 a file whose link is in {@code content}.
 */
record ExtraInfo(String name, String code, String type, String content) {
}

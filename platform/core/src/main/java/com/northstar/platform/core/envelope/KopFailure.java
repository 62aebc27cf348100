package com.northstar.platform.core.envelope;

/** Seed 000 failure envelope: {@code {"code":<non-200>,"msg":"<reason>"}}, no data. */
public record KopFailure(int code, String msg) {
}

package com.northstar.dev.weichuang.support;

/** State that {@code POST /wc/_control/reset} puts back as it was at startup, so tests start from the same data. */
public interface Resettable {

    void reset();
}

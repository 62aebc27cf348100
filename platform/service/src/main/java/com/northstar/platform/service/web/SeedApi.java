package com.northstar.platform.service.web;

import com.northstar.platform.core.envelope.Seed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller as serving one seed's operations: every failure it raises, including malformed input
 * rejected before it runs, is written in that seed's envelope.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SeedApi {

    Seed value();
}

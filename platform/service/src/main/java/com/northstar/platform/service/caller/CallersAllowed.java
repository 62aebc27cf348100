package com.northstar.platform.service.caller;

import com.northstar.platform.core.caller.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The catalog's "callers" of an operation; every operation must have one (without it every request is 403). A
 * request without a verified caller gets 401; a caller with none of these roles gets 403, in the controller's seed
 * envelope. {@link Role#INTERNAL} admits the suite's other services, whose OpenFeign calls carry it
 * ({@link InternalCallerHeaders}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CallersAllowed {

    Role[] value();
}

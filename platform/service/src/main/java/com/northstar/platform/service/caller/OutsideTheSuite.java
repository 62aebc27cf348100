package com.northstar.platform.service.caller;

/**
 * Marks an OpenFeign client interface that calls a partner outside the suite (e.g. Weichuang): its calls are not
 * INTERNAL calls, so {@link InternalCallerHeaders} sends no {@code X-Auth-*} header on them, neither the service's
 * identity nor anyone else's. The client authenticates itself in its own way (e.g. a partner signature).
 */
public interface OutsideTheSuite {
}

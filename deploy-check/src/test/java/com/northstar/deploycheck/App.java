package com.northstar.deploycheck;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A deployable module of the suite: the gateway, config-server, the auth-server or a business service.
 *
 * @param serverPort     the default of {@code server.port} in the module's application.yml
 * @param managementPort the default of {@code management.server.port} there: where /actuator is served
 */
record App(String name, Path moduleDir, OptionalInt serverPort, OptionalInt managementPort) {

    boolean isBusinessService() {
        return name.endsWith("-service");
    }

    /** The business services and the auth-server keep data, each in a schema of its own. */
    boolean ownsASchema() {
        return isBusinessService() || name.equals("auth-server");
    }

    /** The declared public port; every deployable module must declare one. */
    int port() {
        if (serverPort.isEmpty()) {
            throw new AssertionError(name + " declares no server.port default in src/main/resources/application.yml");
        }
        return serverPort.getAsInt();
    }

    /** The declared management port; every deployable module must serve /actuator on a port of its own. */
    int management() {
        if (managementPort.isEmpty()) {
            throw new AssertionError(name + " declares no management.server.port default in "
                    + "src/main/resources/application.yml (/actuator must not be served on the public port)");
        }
        return managementPort.getAsInt();
    }

    @Override
    public String toString() {
        return name;
    }
}

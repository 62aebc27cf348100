package com.northstar.deploycheck;

import java.nio.file.Path;
import java.util.OptionalInt;

import org.junit.jupiter.api.Assumptions;

/**
 * A deployable module of the suite: the gateway, config-server or a business service.
 *
 * @param serverPort the default of {@code server.port} in the module's application.yml, empty while the module
 *                   declares none
 */
record App(String name, Path moduleDir, OptionalInt serverPort) {

    boolean isBusinessService() {
        return name.endsWith("-service");
    }

    /** The declared port; a check that needs it is skipped, and says why, while the module declares none. */
    int portOrSkip() {
        Assumptions.assumeTrue(serverPort.isPresent(), name + " declares no server.port in application.yml yet");
        return serverPort.getAsInt();
    }

    @Override
    public String toString() {
        return name;
    }
}

package com.northstar.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The admin console the gateway serves at /console/: where its build is (the console jar's {@code console/} on the
 * class path by default), and the identity provider its login goes to, told to the browser at run time in
 * /console/config.json so one build serves every environment.
 *
 * @param location the directory holding index.html and assets/
 * @param issuer the OpenID issuer browsers log in at; blank: the console answers 503 (it cannot log anyone in)
 * @param clientId the console's public OAuth client at that issuer
 */
@ConfigurationProperties("gateway.console")
record ConsoleProperties(Resource location, String issuer, String clientId) {
}

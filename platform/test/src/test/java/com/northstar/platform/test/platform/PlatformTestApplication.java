package com.northstar.platform.test.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare service: only the platform's auto-configuration, to test the platform's own data features. */
@SpringBootApplication
class PlatformTestApplication {
}

package com.northstar.auth.login;

import com.northstar.auth.account.AccountRepository;
import com.northstar.auth.account.LoginAttempts;
import com.northstar.auth.audit.AuditLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    @Bean
    UserDetailsService accountUserDetails(AccountRepository accounts, Clock clock) {
        return new AccountUserDetails(accounts, clock);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    LoginFlow loginFlow(LoginAttempts attempts, LoginThrottle.Settings throttle, AuditLog audit,
            SecurityContextRepository contexts, MeterRegistry meters, Clock clock) {
        return new LoginFlow(attempts, new LoginThrottle(throttle, clock), audit, contexts, new LoginMetrics(meters));
    }

    /** The flow runs inside the security filter chain only, not a second time as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<LoginFlow> loginFlowOutsideTheChain(LoginFlow flow) {
        FilterRegistrationBean<LoginFlow> registration = new FilterRegistrationBean<>(flow);
        registration.setEnabled(false);
        return registration;
    }
}

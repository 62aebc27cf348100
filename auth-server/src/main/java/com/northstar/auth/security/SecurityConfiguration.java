package com.northstar.auth.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.northstar.auth.login.LoginFlow;
import com.northstar.auth.token.PublicClientRefresh;
import java.time.Clock;
import java.util.Set;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four filter chains, most specific first: the management port's actuator (probes and metrics, open there and only
 * there); the OAuth2/OIDC protocol endpoints (readable cross-origin by the browser clients, {@link
 * BrowserClientOrigins}); the accounts API (an OPS access token of this server); the login and
 * password pages (session and CSRF).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String OPS_API = "/api/auth/**";

    /** bcrypt for new hashes; a stored hash names its own algorithm, so a later default still reads the old ones. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain protocol(HttpSecurity http, RegisteredClientRepository clients,
            OAuth2AuthorizationServerProperties registrations) throws Exception {
        // Not a bean: an AuthenticationProvider bean would replace the login form's account check.
        PublicClientRefresh publicClientRefresh = new PublicClientRefresh(clients);
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        RequestMatcher endpoints = authorizationServer.getEndpointsMatcher();
        return http.securityMatcher(new OrRequestMatcher(endpoints, BrowserClientOrigins.preflightsTo(endpoints)))
                .with(authorizationServer, server -> server
                        .oidc(withDefaults())
                        .clientAuthentication(clientAuthentication -> clientAuthentication
                                .authenticationConverter(publicClientRefresh)
                                .authenticationProvider(publicClientRefresh)))
                .cors(cors -> cors.configurationSource(BrowserClientOrigins.of(registrations)))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browsers()))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                .build();
    }

    /** Requests that ask for HTML by name: people's browsers go to the login page, programs get a 401. */
    private static MediaTypeRequestMatcher browsers() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }

    @Bean
    @Order(2)
    SecurityFilterChain opsApi(HttpSecurity http) throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("");
        JwtAuthenticationConverter callers = new JwtAuthenticationConverter();
        callers.setJwtGrantedAuthoritiesConverter(roles);
        return http.securityMatcher(OPS_API)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority("OPS"))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(callers))
                        .authenticationEntryPoint(OpsApiRefusals.unauthenticated())
                        .accessDeniedHandler(OpsApiRefusals.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(OpsApiRefusals.unauthenticated())
                        .accessDeniedHandler(OpsApiRefusals.forbidden()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain loginPages(HttpSecurity http, LoginFlow loginFlow, SecurityContextRepository contexts)
            throws Exception {
        return http
                // Only the home page asks for a login; any other path is the login pages' or unknown (404, as on
                // every public port), never a redirect that would hide that it does not exist.
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/").authenticated()
                        .anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(loginFlow, UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").successHandler(loginFlow).failureHandler(loginFlow))
                .build();
    }
}

package com.northstar.auth.login;

import com.northstar.auth.account.LoginAttempts;
import com.northstar.auth.account.LoginAttempts.Refusal;
import com.northstar.auth.audit.AuditEvent;
import com.northstar.auth.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login form's outcomes. A failure is counted against the account and the address and answered with the login
 * page and its reason; a success clears the count and goes on to where the person was going, unless the password
 * was set by someone else: then the login is not kept, and the person chooses a password first ({@code /password}).
 */
public class LoginFlow extends OncePerRequestFilter implements AuthenticationSuccessHandler,
        AuthenticationFailureHandler {

    /**
     * Session attribute: the login of someone who proved a password another person set; it is kept (with the time it
     * happened, which ID tokens carry) until they have chosen their own.
     */
    static final String PASSWORD_TO_CHOOSE = LoginFlow.class.getName() + ".passwordToChoose";

    private final LoginAttempts attempts;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final SecurityContextRepository contexts;
    private final LoginMetrics metrics;
    private final AuthenticationSuccessHandler proceed = new SavedRequestAwareAuthenticationSuccessHandler();

    LoginFlow(LoginAttempts attempts, LoginThrottle throttle, AuditLog audit, SecurityContextRepository contexts,
            LoginMetrics metrics) {
        this.attempts = attempts;
        this.throttle = throttle;
        this.audit = audit;
        this.contexts = contexts;
        this.metrics = metrics;
    }

    /** Before any password is checked: an address that has failed too often waits. */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
                && !throttle.allows(request.getRemoteAddr())) {
            audit.failure(AuditEvent.LOGIN_THROTTLED, request.getParameter("username"), null,
                    request.getRemoteAddr(), "too_many_failures_from_address");
            metrics.counted(LoginMetrics.Outcome.THROTTLED);
            response.sendRedirect(request.getContextPath() + "/login?error=throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        Refusal refusal = exception instanceof LockedException ? Refusal.LOCKED
                : exception instanceof DisabledException ? Refusal.DISABLED : Refusal.BAD_CREDENTIALS;
        String username = request.getParameter("username");
        if (username != null && !username.isBlank()) {
            attempts.failed(username, refusal, request.getRemoteAddr());
        }
        if (refusal == Refusal.BAD_CREDENTIALS) {
            throttle.failed(request.getRemoteAddr());
        }
        metrics.counted(LoginMetrics.Outcome.valueOf(refusal.name()));
        response.sendRedirect(request.getContextPath() + "/login?error=" + refusal.name().toLowerCase());
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        boolean passwordToChoose = attempts.succeeded(authentication.getName(), request.getRemoteAddr());
        metrics.counted(LoginMetrics.Outcome.SUCCESS);
        if (passwordToChoose) {
            SecurityContextHolder.clearContext();
            contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
            request.getSession().setAttribute(PASSWORD_TO_CHOOSE, authentication);
            response.sendRedirect(request.getContextPath() + "/password");
            return;
        }
        proceed.onAuthenticationSuccess(request, response, authentication);
    }
}

package com.northstar.auth.login;

import com.northstar.auth.account.AccountService;
import com.northstar.auth.account.PasswordRules;
import com.northstar.platform.core.error.ApiException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page and the page where a person chooses a password. Plain HTML forms (no script), in Chinese or English
 * by {@code Accept-Language}; the messages are in {@code messages*.properties}.
 */
@Controller
class LoginPageController {

    private static final Set<String> LOGIN_ERRORS = Set.of("bad_credentials", "locked", "disabled", "throttled");

    private final AccountService accounts;
    private final SecurityContextRepository contexts;
    private final SavedRequestAwareAuthenticationSuccessHandler proceed =
            new SavedRequestAwareAuthenticationSuccessHandler();

    LoginPageController(AccountService accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            Model model, HttpServletResponse response) {
        if (error != null) {
            model.addAttribute("error", LOGIN_ERRORS.contains(error) ? error : "bad_credentials");
            response.setStatus("throttled".equals(error) ? HttpStatus.TOO_MANY_REQUESTS.value()
                    : HttpStatus.UNAUTHORIZED.value());
        }
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }

    /** Where a login that was not on its way to a client ends: who is logged in. */
    @GetMapping("/")
    String home(Authentication login, Model model) {
        model.addAttribute("username", login.getName());
        return "home";
    }

    @GetMapping("/password")
    String choosePassword(HttpSession session, Model model) {
        if (session.getAttribute(LoginFlow.PASSWORD_TO_CHOOSE) == null) {
            return "redirect:/login";
        }
        model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
        return "password";
    }

    @PostMapping("/password")
    String passwordChosen(@RequestParam String password, @RequestParam String confirmation, HttpSession session,
            Model model, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!(session.getAttribute(LoginFlow.PASSWORD_TO_CHOOSE) instanceof Authentication login)) {
            return "redirect:/login";
        }
        String username = login.getName();
        model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
        if (!password.equals(confirmation)) {
            return refused("passwords_differ", model, response);
        }
        try {
            accounts.choosePassword(username, password, request.getRemoteAddr());
        } catch (ApiException refusal) {
            return refused(refusal.getMessage(), model, response);
        }
        session.removeAttribute(LoginFlow.PASSWORD_TO_CHOOSE);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(login);
        request.changeSessionId();
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        proceed.onAuthenticationSuccess(request, response, context.getAuthentication());
        return null;
    }

    private static String refused(String reason, Model model, HttpServletResponse response) {
        model.addAttribute("error", reason);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "password";
    }
}

package com.northstar.auth.account;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.KopPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations' account management, through the gateway's {@code /api/auth/**} route (OPS). This port is public (people
 * log in here), so the API trusts no forwarded caller header: it verifies the OPS access token itself
 * ({@code SecurityConfiguration}) and that the operator's account is still enabled.
 */
@RestController
@RequestMapping("/api/auth/accounts")
class AccountController {

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";

    record AccessBody(@NotEmpty List<Role> roles, List<String> merchantIds, String tenantId, List<String> shopIds) {

        Access toAccess() {
            try {
                return new Access(EnumSet.copyOf(roles), orEmpty(merchantIds), tenantId, orEmpty(shopIds));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(e.getMessage());
            }
        }

        private static List<String> orEmpty(List<String> values) {
            return values == null ? List.of() : values;
        }
    }

    record CreateBody(@NotNull @Pattern(regexp = USERNAME) String username, @NotNull String temporaryPassword,
            @NotNull @Valid AccessBody access) {
    }

    record PasswordResetBody(@NotNull String temporaryPassword) {
    }

    /** An account as operations see it: never its password hash. */
    record AccountView(String username, List<String> roles, List<String> merchantIds, String tenantId,
            List<String> shopIds, boolean enabled, boolean passwordChangeRequired, boolean locked) {

        static AccountView of(Account account, Instant now) {
            Access access = account.access();
            return new AccountView(account.username(), access.roleNames(), access.merchantIds(), access.tenantId(),
                    access.shopIds(), account.enabled(), account.passwordChangeRequired(), account.lockedAt(now));
        }
    }

    private final AccountService accounts;
    private final ActiveOperators operators;
    private final Clock clock;

    AccountController(AccountService accounts, ActiveOperators operators, Clock clock) {
        this.accounts = accounts;
        this.operators = operators;
        this.clock = clock;
    }

    /** authAccountList */
    @GetMapping
    KopResponse<KopPage<AccountView>> list(@RequestParam(defaultValue = "1") int pageNo,
            @RequestParam(defaultValue = "20") int pageSize, @AuthenticationPrincipal Jwt operator) {
        operators.require(operator);
        if (pageNo < 1 || pageSize < 1 || pageSize > 200) {
            throw ApiException.badRequest("pageNo from 1, pageSize from 1 to 200");
        }
        List<AccountView> rows = accounts.page((pageNo - 1) * pageSize, pageSize).stream()
                .map(account -> AccountView.of(account, clock.instant())).toList();
        return KopResponse.ok(new KopPage<>(accounts.count(), pageNo, pageSize, rows));
    }

    /** authAccountGet */
    @GetMapping("/{username}")
    KopResponse<AccountView> get(@PathVariable String username, @AuthenticationPrincipal Jwt operator) {
        operators.require(operator);
        return KopResponse.ok(AccountView.of(accounts.get(username), clock.instant()));
    }

    /** authAccountCreate: the person chooses their own password at the first login. */
    @PostMapping
    KopResponse<AccountView> create(@Valid @RequestBody CreateBody body, @AuthenticationPrincipal Jwt operator,
            HttpServletRequest request) {
        operators.require(operator);
        Account created = accounts.create(body.username(), body.temporaryPassword(), body.access().toAccess(),
                operator.getSubject(), request.getRemoteAddr());
        return KopResponse.ok(AccountView.of(created, clock.instant()));
    }

    /** authAccountAccessSet: roles and scopes; the account's refresh tokens and sessions end. */
    @PutMapping("/{username}/access")
    KopResponse<AccountView> setAccess(@PathVariable String username, @Valid @RequestBody AccessBody body,
            @AuthenticationPrincipal Jwt operator, HttpServletRequest request) {
        operators.require(operator);
        return KopResponse.ok(AccountView.of(accounts.setAccess(username, body.toAccess(), operator.getSubject(),
                request.getRemoteAddr()), clock.instant()));
    }

    /** authAccountPasswordReset: a temporary password, changed by the person at the next login. */
    @PostMapping("/{username}/password-reset")
    KopResponse<AccountView> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordResetBody body,
            @AuthenticationPrincipal Jwt operator, HttpServletRequest request) {
        operators.require(operator);
        return KopResponse.ok(AccountView.of(accounts.resetPassword(username, body.temporaryPassword(),
                operator.getSubject(), request.getRemoteAddr()), clock.instant()));
    }

    /** authAccountDisable: no login, no refresh, from now on. */
    @PostMapping("/{username}/disable")
    KopResponse<AccountView> disable(@PathVariable String username, @AuthenticationPrincipal Jwt operator,
            HttpServletRequest request) {
        operators.require(operator);
        if (username.equals(operator.getSubject())) {
            throw ApiException.conflict("an operator cannot disable their own account");
        }
        return KopResponse.ok(AccountView.of(accounts.disable(username, operator.getSubject(),
                request.getRemoteAddr()), clock.instant()));
    }

    /** authAccountEnable */
    @PostMapping("/{username}/enable")
    KopResponse<AccountView> enable(@PathVariable String username, @AuthenticationPrincipal Jwt operator,
            HttpServletRequest request) {
        operators.require(operator);
        return KopResponse.ok(AccountView.of(accounts.enable(username, operator.getSubject(),
                request.getRemoteAddr()), clock.instant()));
    }

    /** authAccountUnlock: ends a lockout before its time. */
    @PostMapping("/{username}/unlock")
    KopResponse<AccountView> unlock(@PathVariable String username, @AuthenticationPrincipal Jwt operator,
            HttpServletRequest request) {
        operators.require(operator);
        return KopResponse.ok(AccountView.of(accounts.unlock(username, operator.getSubject(),
                request.getRemoteAddr()), clock.instant()));
    }
}

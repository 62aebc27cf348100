package com.northstar.auth.token;

import com.northstar.auth.account.Access;
import com.northstar.auth.account.Account;
import com.northstar.auth.account.AccountRepository;
import com.northstar.auth.signing.SigningKeys;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Every token is signed with the active key (its id in the header, so verifiers pick it from the JWKS). Access tokens
 * carry what the gateway reads: the gateway's audience and the claims {@code roles}, {@code merchantIds},
 * {@code tenantId}, {@code shopIds}, read from the account at every issue (a refresh sees changed roles). An account
 * that is gone, disabled or still has to choose its password gets no token.
 */
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final AccountRepository accounts;
    private final ClientAccess clientAccess;
    private final SigningKeys keys;
    private final String audience;

    TokenClaims(AccountRepository accounts, ClientAccess clientAccess, SigningKeys keys,
            @Value("${auth.token.audience}") String audience) {
        this.accounts = accounts;
        this.clientAccess = clientAccess;
        this.keys = keys;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.active().getKeyID());
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        Access access = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                ? clientAccess.of(clientId).orElseThrow(() -> refused(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT,
                        "no access is configured for this client"))
                : accessOf(context.getPrincipal().getName());
        // Mutable lists: the authorization keeps the claims as JSON whose reader admits the common collection types
        // only, not the JDK's immutable ones.
        JwtClaimsSet.Builder claims = context.getClaims()
                .audience(new ArrayList<>(List.of(clientId, audience)))
                .claim("roles", new ArrayList<>(access.roleNames()))
                .claim("merchantIds", new ArrayList<>(access.merchantIds()))
                .claim("shopIds", new ArrayList<>(access.shopIds()));
        if (access.tenantId() != null) {
            claims.claim("tenantId", access.tenantId());
        }
    }

    private Access accessOf(String username) {
        Account account = accounts.find(username)
                .orElseThrow(() -> refused(OAuth2ErrorCodes.INVALID_GRANT, "the account no longer exists"));
        if (!account.enabled()) {
            throw refused(OAuth2ErrorCodes.INVALID_GRANT, "the account is disabled");
        }
        if (account.passwordChangeRequired()) {
            throw refused(OAuth2ErrorCodes.INVALID_GRANT, "the account must choose a new password first");
        }
        return account.access();
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}

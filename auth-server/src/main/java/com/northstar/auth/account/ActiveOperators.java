package com.northstar.auth.account;

import com.northstar.platform.core.error.ApiException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * An operator's token is honoured only while their account is enabled: a disabled operator's last access token
 * changes no account, although it stays valid elsewhere until it expires.
 */
@Component
public class ActiveOperators {

    private final AccountRepository accounts;

    ActiveOperators(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public void require(Jwt operator) {
        boolean active = accounts.find(operator.getSubject()).map(Account::enabled).orElse(false);
        if (!active) {
            throw ApiException.forbidden("the operator's account is not active");
        }
    }
}

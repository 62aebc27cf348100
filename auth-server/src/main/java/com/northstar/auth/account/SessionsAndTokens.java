package com.northstar.auth.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends what an account holds: its authorizations (so its refresh tokens and unused codes stop working) and its login
 * sessions on every replica. Access tokens already issued are self-contained and run out within their lifetime.
 */
@Component
class SessionsAndTokens {

    private final JdbcClient jdbc;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionsAndTokens(JdbcClient jdbc, FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    void end(String username) {
        jdbc.sql("DELETE FROM oauth2_authorization WHERE principal_name = ?").param(username).update();
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}

package com.northstar.auth.account;

import com.northstar.platform.core.caller.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code account} table. Lists are stored comma-separated, in the order given. */
@Repository
public class AccountRepository {

    private static final String COLUMNS = "username, password_hash, roles, merchant_ids, tenant_id, shop_ids, enabled,"
            + " password_change_required, failed_logins, first_failed_at, locked_until";

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = ?").param(username)
                .query(AccountRepository::read).optional();
    }

    /** The row, locked until the transaction ends: concurrent logins of one account count one after another. */
    public Optional<Account> findForUpdate(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = ? FOR UPDATE").param(username)
                .query(AccountRepository::read).optional();
    }

    public List<Account> page(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY username LIMIT ? OFFSET ?")
                .params(limit, offset).query(AccountRepository::read).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    /** False when the username is taken. */
    public boolean insert(Account account) {
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("INSERT INTO account (" + COLUMNS + ", created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(values(account)).param(now).param(now)
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    public void update(Account account) {
        jdbc.sql("UPDATE account SET password_hash = ?, roles = ?, merchant_ids = ?, tenant_id = ?, shop_ids = ?,"
                        + " enabled = ?, password_change_required = ?, failed_logins = ?, first_failed_at = ?,"
                        + " locked_until = ?, updated_at = ? WHERE username = ?")
                .params(values(account).subList(1, 11))
                .param(Timestamp.from(clock.instant())).param(account.username())
                .update();
    }

    private static List<Object> values(Account account) {
        Access access = account.access();
        return Arrays.asList(account.username(), account.passwordHash(), String.join(",", access.roleNames()),
                String.join(",", access.merchantIds()), access.tenantId(), String.join(",", access.shopIds()),
                account.enabled(), account.passwordChangeRequired(), account.failedLogins(),
                timestamp(account.firstFailedAt()), timestamp(account.lockedUntil()));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Account read(ResultSet row, int rowNumber) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        list(row.getString("roles")).forEach(name -> roles.add(Role.valueOf(name)));
        Access access = new Access(roles, list(row.getString("merchant_ids")), row.getString("tenant_id"),
                list(row.getString("shop_ids")));
        return new Account(row.getString("username"), row.getString("password_hash"), access,
                row.getBoolean("enabled"), row.getBoolean("password_change_required"), row.getInt("failed_logins"),
                instant(row.getTimestamp("first_failed_at")), instant(row.getTimestamp("locked_until")));
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toList());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

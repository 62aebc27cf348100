package com.northstar.member.migration;

import com.northstar.platform.core.time.WireDates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code member_migration} rows: written one step at a time, each write a compare-and-set on the state it
 * leaves; a claim (token + lease) lets one saga run at a time per migration, across instances.
 */
@Repository
class Migrations {

    /** How long a claim holds: a saga that dies holding one is taken over after it. */
    static final Duration LEASE = Duration.ofSeconds(60);

    private static final List<String> RESUMABLE = Arrays.stream(MigrationState.values())
            .filter(MigrationState::isResumable).map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final Clock clock;

    Migrations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A new STARTED migration, unless the phone has one (then nothing changes). */
    void startIfAbsent(String phone) {
        LocalDateTime now = now();
        jdbc.sql("INSERT IGNORE INTO member_migration (phone, state, started_at, updated_at) VALUES (?, ?, ?, ?)")
                .params(phone, MigrationState.STARTED.name(), now, now).update();
    }

    Optional<Migration> find(String phone) {
        return jdbc.sql("SELECT * FROM member_migration WHERE phone = ?").param(phone).query(Migrations::row)
                .optional();
    }

    Optional<Migration> findByReview(long reviewId) {
        return jdbc.sql("SELECT * FROM member_migration WHERE review_id = ?").param(reviewId)
                .query(Migrations::row).optional();
    }

    /** Phones of migrations the saga can take a step of and nobody holds, oldest change first. */
    List<String> resumable(int limit) {
        return jdbc.sql("SELECT phone FROM member_migration WHERE state IN (:states)"
                + " AND (claimed_until IS NULL OR claimed_until < :now) ORDER BY updated_at LIMIT :limit")
                .param("states", RESUMABLE).param("now", now()).param("limit", limit).query(String.class).list();
    }

    /** Claims the migration for one saga run; empty when it is final, waiting for the merchant or held. */
    Optional<String> claim(String phone) {
        String token = UUID.randomUUID().toString();
        int claimed = jdbc.sql("UPDATE member_migration SET claim_token = :token, claimed_until = :until"
                + " WHERE phone = :phone AND state IN (:states) AND (claimed_until IS NULL OR claimed_until < :now)")
                .param("token", token).param("until", now().plus(LEASE)).param("phone", phone)
                .param("states", RESUMABLE).param("now", now()).update();
        return claimed == 1 ? Optional.of(token) : Optional.empty();
    }

    void release(String phone, String token) {
        jdbc.sql("UPDATE member_migration SET claim_token = NULL, claimed_until = NULL WHERE phone = ?"
                + " AND claim_token = ?").params(phone, token).update();
    }

    void pulled(String phone, String userId, String merchantCode, String userJson, String depositJson,
            String packageJson, String batteriesJson) {
        step(phone, MigrationState.STARTED, MigrationState.PULLED, "user_id = ?, merchant_code = ?, user_json = ?,"
                + " deposit_json = ?, package_json = ?, batteries_json = ?", userId, merchantCode, userJson,
                depositJson, packageJson, batteriesJson);
    }

    void reviewOpened(String phone, long memberId, long reviewId) {
        step(phone, MigrationState.PULLED, MigrationState.PENDING_REVIEW, "member_id = ?, review_id = ?", memberId,
                reviewId);
    }

    /** @return whether a pending migration of the review moved on */
    boolean decided(long reviewId, boolean approved, Long reviewDeposit) {
        LocalDateTime now = now();
        return jdbc.sql("UPDATE member_migration SET state = ?, review_deposit = ?, completed_at = ?, updated_at = ?,"
                + " waiting_on = NULL, last_error = NULL WHERE review_id = ? AND state = ?")
                .params((approved ? MigrationState.APPROVED : MigrationState.REJECTED).name(), reviewDeposit,
                        approved ? null : now, now, reviewId, MigrationState.PENDING_REVIEW.name()).update() == 1;
    }

    void boundSoFar(String phone, String boundJson) {
        jdbc.sql("UPDATE member_migration SET bound_json = ?, updated_at = ? WHERE phone = ? AND state = ?")
                .params(boundJson, now(), phone, MigrationState.APPROVED.name()).update();
    }

    void bound(String phone) {
        step(phone, MigrationState.APPROVED, MigrationState.BOUND, "");
    }

    /** @return whether this call completed it (false: another run did) */
    boolean completed(String phone) {
        return jdbc.sql("UPDATE member_migration SET state = ?, completed_at = ?, updated_at = ?, waiting_on = NULL,"
                + " last_error = NULL WHERE phone = ? AND state = ?").params(MigrationState.COMPLETED.name(), now(),
                now(), phone, MigrationState.BOUND.name()).update() == 1;
    }

    /** The step could not be taken now: who it waits on and why; the resumer tries again. */
    void waiting(String phone, MigrationState.Waits on, String error) {
        jdbc.sql("UPDATE member_migration SET waiting_on = ?, last_error = ?, attempts = attempts + 1, updated_at = ?"
                + " WHERE phone = ?").params(on.name(), error.length() > 500 ? error.substring(0, 500) : error,
                now(), phone).update();
    }

    /** Weichuang does not know the phone: no migration is left behind. */
    void forget(String phone) {
        jdbc.sql("DELETE FROM member_migration WHERE phone = ? AND state = ?")
                .params(phone, MigrationState.STARTED.name()).update();
    }

    /** @param sets the step's own column assignments ({@code "a = ?, b = ?"} for {@code values}), or "" for none */
    private void step(String phone, MigrationState from, MigrationState to, String sets, Object... values) {
        Object[] params = new Object[values.length + 4];
        params[0] = to.name();
        System.arraycopy(values, 0, params, 1, values.length);
        params[values.length + 1] = now();
        params[values.length + 2] = phone;
        params[values.length + 3] = from.name();
        int moved = jdbc.sql("UPDATE member_migration SET state = ?, " + (sets.isEmpty() ? "" : sets + ", ")
                + "waiting_on = NULL, last_error = NULL, updated_at = ? WHERE phone = ? AND state = ?")
                .params(params).update();
        if (moved != 1) {
            throw new IllegalStateException("the migration is no longer " + from + "; another run moved it");
        }
    }

    private static Migration row(ResultSet rs, int number) throws SQLException {
        return new Migration(rs.getString("phone"), MigrationState.valueOf(rs.getString("state")),
                rs.getString("user_id"), rs.getString("merchant_code"), rs.getString("user_json"),
                rs.getString("deposit_json"), rs.getString("package_json"), rs.getString("batteries_json"),
                (Long) rs.getObject("member_id"), (Long) rs.getObject("review_id"),
                (Long) rs.getObject("review_deposit"), rs.getString("bound_json"), rs.getString("waiting_on"),
                rs.getString("last_error"), rs.getInt("attempts"), time(rs.getTimestamp("started_at")),
                time(rs.getTimestamp("updated_at")), time(rs.getTimestamp("completed_at")));
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}

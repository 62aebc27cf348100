package com.northstar.parking.sms;

import com.northstar.parking.support.ParkingClock;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.hmac.HmacSignature;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SMS verification codes, one phone at a time (its {@code sms_phone} row is locked by every send and check): one
 * code per {@link #RESEND_AFTER}, at most {@link #DAILY_LIMIT} a day (Asia/Shanghai), valid {@link #VALID_FOR},
 * usable once, kept only as a salted SHA-256; only the latest code counts. After {@link #MAX_FAILED_ATTEMPTS} wrong
 * codes the phone's code is spent: a new one must be sent.
 */
@Service
public class SmsCodes {

    public static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    public static final Duration VALID_FOR = Duration.ofMinutes(5);
    public static final int DAILY_LIMIT = 10;
    public static final int MAX_FAILED_ATTEMPTS = 5;

    private static final HexFormat HEX = HexFormat.of();

    private enum Check { ACCEPTED, WRONG, NO_VALID_CODE, TOO_MANY_FAILURES }

    private record PhoneRow(String codeHash, String codeSalt, LocalDateTime sentAt, boolean used, int failedAttempts,
            LocalDate sentDay, int dayCount) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SmsSender sender;
    private final ParkingClock clock;
    private final SecureRandom random = new SecureRandom();

    SmsCodes(JdbcClient jdbc, TransactionTemplate transactions, SmsSender sender, ParkingClock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = sender;
        this.clock = clock;
    }

    /** Sends a new code to {@code phone}: 400 for a malformed phone, 429 within 60 s or past the day's limit. */
    public void send(String phone) {
        PhoneNumbers.requireValid("phone", phone);
        ensureRow(phone);
        transactions.executeWithoutResult(status -> {
            PhoneRow row = lock(phone);
            LocalDateTime now = clock.now();
            if (row.sentAt() != null && now.isBefore(row.sentAt().plus(RESEND_AFTER))) {
                throw tooMany("a code was sent to this phone less than 60 s ago");
            }
            int sentToday = now.toLocalDate().equals(row.sentDay()) ? row.dayCount() : 0;
            if (sentToday >= DAILY_LIMIT) {
                throw tooMany("this phone has had " + DAILY_LIMIT + " codes today");
            }
            String code = String.format("%06d", random.nextInt(1_000_000));
            String salt = HEX.formatHex(random.generateSeed(16));
            jdbc.sql("UPDATE sms_phone SET code_hash = ?, code_salt = ?, sent_at = ?, used = FALSE, "
                    + "failed_attempts = 0, sent_day = ?, day_count = ? WHERE phone = ?")
                    .params(hash(salt, phone, code), salt, now, now.toLocalDate(), sentToday + 1, phone).update();
            sender.send(phone, code);
        });
    }

    /**
     * Uses the latest code sent to {@code phone}: once, within 5 minutes. A wrong code counts against the phone;
     * the 4xx is thrown after the count is committed.
     */
    public void use(String phone, String code) {
        if (PhoneNumbers.isValid(phone)) {
            ensureRow(phone);
        }
        Check check = transactions.execute(status -> check(phone, code));
        switch (check) {
            case ACCEPTED -> { }
            case WRONG -> throw ApiException.badRequest("phoneCode is wrong");
            case NO_VALID_CODE -> throw ApiException.badRequest("phoneCode is not valid: no unused code sent to this "
                    + "phone in the last 5 minutes; request a new one");
            case TOO_MANY_FAILURES -> throw tooMany("too many wrong codes for this phone; request a new code");
        }
    }

    private Check check(String phone, String code) {
        if (!PhoneNumbers.isValid(phone)) {
            return Check.NO_VALID_CODE;
        }
        PhoneRow row = lock(phone);
        if (row.codeHash() == null || row.used() || clock.now().isAfter(row.sentAt().plus(VALID_FOR))) {
            return Check.NO_VALID_CODE;
        }
        if (row.failedAttempts() >= MAX_FAILED_ATTEMPTS) {
            return Check.TOO_MANY_FAILURES;
        }
        if (!HmacSignature.matches(row.codeHash(), hash(row.codeSalt(), phone, code))) {
            jdbc.sql("UPDATE sms_phone SET failed_attempts = failed_attempts + 1 WHERE phone = ?").param(phone)
                    .update();
            return row.failedAttempts() + 1 >= MAX_FAILED_ATTEMPTS ? Check.TOO_MANY_FAILURES : Check.WRONG;
        }
        jdbc.sql("UPDATE sms_phone SET used = TRUE WHERE phone = ?").param(phone).update();
        return Check.ACCEPTED;
    }

    /**
     * Creates the phone's row, committed on its own before the locking transaction: concurrent first requests for a
     * phone inserting and locking in one transaction deadlock each other in InnoDB.
     */
    private void ensureRow(String phone) {
        try {
            jdbc.sql("INSERT INTO sms_phone (phone, used, failed_attempts, day_count) VALUES (?, FALSE, 0, 0)")
                    .param(phone).update();
        } catch (DuplicateKeyException known) {
            // The phone has its row already.
        }
    }

    private PhoneRow lock(String phone) {
        return jdbc.sql("SELECT code_hash, code_salt, sent_at, used, failed_attempts, sent_day, day_count FROM sms_phone "
                + "WHERE phone = ? FOR UPDATE").param(phone).query(PhoneRow.class).single();
    }

    private static String hash(String salt, String phone, String code) {
        return HmacSignature.sha256Hex((salt + ":" + phone + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    private static ApiException tooMany(String message) {
        return new ApiException(429, 429, message);
    }
}

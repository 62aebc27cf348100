package com.northstar.member.member;

import com.northstar.member.merchant.MerchantDirectory;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a member: registration, the moves of {@link MemberAction}'s table, and what events record (swaps,
 * battery, vehicle). Each change locks the member row and keeps {@link MemberTotals} in the same transaction.
 */
@Service
public class Members {

    private static final Logger log = LoggerFactory.getLogger(Members.class);

    /** The member row's fields a state change needs. */
    record Locked(long id, String merchantCode, MemberState state, LocalDate createdDay) {
    }

    private final JdbcClient jdbc;
    private final MemberTotals totals;
    private final MerchantDirectory merchants;
    private final Clock clock;

    Members(JdbcClient jdbc, MemberTotals totals, MerchantDirectory merchants, Clock clock) {
        this.jdbc = jdbc;
        this.totals = totals;
        this.merchants = merchants;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /** Registers a NEW member, or answers the id of the member who already has the phone (unchanged). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long register(NewMember member) {
        Optional<Long> existing = idByPhone(member.phone());
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO member (phone, user_id, user_name, merchant_code, city_id, state, user_label, id_card_state,
                    inviter, share_code, sex, birthday, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(member.phone(), member.userId(), member.userName(), member.merchantCode(),
                        merchants.cityIdOf(member.merchantCode()), MemberState.NEW.name(), "普通用户",
                        member.idCardState(), member.inviter(), member.shareCode(), member.sex(), member.birthday(),
                        now, now)
                .update(key, "id");
        totals.joined(member.merchantCode(), now.toLocalDate(), MemberState.NEW);
        return key.getKey().longValue();
    }

    public Optional<Long> idByPhone(String phone) {
        return jdbc.sql("SELECT id FROM member WHERE phone = ?").param(phone).query(Long.class).optional();
    }

    /**
     * Applies {@code action} to the member if its table allows it from the member's state.
     *
     * @return whether the member changed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean act(long memberId, MemberAction action) {
        List<Locked> locked = lock(List.of(memberId));
        if (locked.isEmpty()) {
            return false;
        }
        Optional<MemberState> after = action.apply(locked.get(0).state());
        after.ifPresent(state -> move(locked.get(0), state));
        return after.isPresent();
    }

    /**
     * memberOperate: the action for every member or for none. An unknown id is 404, a member the action does not
     * apply to 409; both name every id concerned.
     */
    @Transactional
    public void operate(Collection<Long> ids, MemberAction action) {
        List<Locked> locked = lock(ids);
        Set<Long> unknown = new TreeSet<>(ids);
        locked.forEach(member -> unknown.remove(member.id()));
        if (!unknown.isEmpty()) {
            throw ApiException.notFound("no member with id " + join(unknown) + "; nothing changed");
        }
        List<String> refused = new ArrayList<>();
        locked.stream().filter(member -> action.apply(member.state()).isEmpty())
                .forEach(member -> refused.add(member.id() + " (" + member.state() + ")"));
        if (!refused.isEmpty()) {
            throw ApiException.conflict(action + " does not apply to member " + String.join(", ", refused)
                    + "; nothing changed");
        }
        locked.forEach(member -> move(member, action.apply(member.state()).orElseThrow()));
    }

    /** An event's action on the member with this phone; members unknown here and refused moves change nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void actByPhone(String phone, MemberAction action, String cause) {
        Optional<Long> id = phone == null ? Optional.empty() : idByPhone(phone);
        if (id.isEmpty()) {
            log.info("{}: no member with phone {}, nothing changed", cause, phone);
        } else if (!act(id.get(), action)) {
            log.info("{}: {} does not apply to member {}, state unchanged", cause, action, id.get());
        }
    }

    /** A completed swap of the member with this phone: counted once per order, its day once per member. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void swapCompleted(String phone, long orderId, LocalDate day) {
        Optional<Long> id = phone == null ? Optional.empty() : idByPhone(phone);
        if (id.isEmpty()) {
            log.info("swap order {}: no member with phone {}", orderId, phone);
            return;
        }
        int newOrder = jdbc.sql("INSERT IGNORE INTO member_swap (order_id, member_id) VALUES (?, ?)")
                .params(orderId, id.get()).update();
        if (newOrder == 0) {
            return;
        }
        int newDay = jdbc.sql("INSERT IGNORE INTO member_swap_day (member_id, swap_day) VALUES (?, ?)")
                .params(id.get(), day).update();
        jdbc.sql("UPDATE member SET assets_order_num = assets_order_num + 1, use_day_num = use_day_num + ?,"
                + " updated_at = ? WHERE id = ?").params(newDay, LocalDateTime.now(clock), id.get()).update();
    }

    /** The member's latest battery: bound (state 1) makes it the battery; unbinding the current one leaves none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bindingChanged(String phone, String batteryCode, boolean bound) {
        if (phone == null) {
            return;
        }
        if (bound) {
            jdbc.sql("UPDATE member SET battery_code = ?, updated_at = ? WHERE phone = ?")
                    .params(batteryCode, LocalDateTime.now(clock), phone).update();
        } else {
            jdbc.sql("UPDATE member SET battery_code = NULL, updated_at = ? WHERE phone = ? AND battery_code = ?")
                    .params(LocalDateTime.now(clock), phone, batteryCode).update();
        }
    }

    /** The member's vehicle is overdue: it is the member's latest vehicle, and the member OVERDUE if in use. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rentalOverdue(String phone, String vehicleCode, String vehicleModel) {
        if (phone == null) {
            return;
        }
        jdbc.sql("UPDATE member SET vehicle_code = ?, vehicle_model = ?, updated_at = ? WHERE phone = ?")
                .params(vehicleCode, vehicleModel, LocalDateTime.now(clock), phone).update();
        actByPhone(phone, MemberAction.OVERDUE_RENTAL, "overdue vehicle " + vehicleCode);
    }

    private List<Locked> lock(Collection<Long> ids) {
        return jdbc.sql("SELECT id, merchant_code, state, created_at FROM member WHERE id IN (:ids) ORDER BY id"
                + " FOR UPDATE").param("ids", ids).query((row, number) -> new Locked(row.getLong(1),
                row.getString(2), MemberState.valueOf(row.getString(3)),
                row.getTimestamp(4).toLocalDateTime().toLocalDate())).list();
    }

    private void move(Locked member, MemberState to) {
        jdbc.sql("UPDATE member SET state = ?, updated_at = ? WHERE id = ?")
                .params(to.name(), LocalDateTime.now(clock), member.id()).update();
        totals.moved(member.merchantCode(), member.createdDay(), member.state(), to);
    }

    private static String join(Collection<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}

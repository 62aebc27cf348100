package com.northstar.parking.user;

import static com.northstar.parking.support.Fields.require;

import com.northstar.parking.order.CardViews;
import com.northstar.parking.sms.PhoneNumbers;
import com.northstar.parking.sms.SmsCodes;
import com.northstar.parking.support.ParkingClock;
import com.northstar.platform.core.error.ApiException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parking users: found by plate and name with an SMS code, or by card; their name and phone; their plates. The app's
 * token names no parking user and a PARK token no park, so neither narrows what a caller may read or change.
 */
@Service
class ParkingUsers {

    private static final String KEEP_DUPLICATE_CODE = "1";
    private static final String OVERWRITE_DUPLICATE_CODE = "0";

    private final JdbcClient jdbc;
    private final SmsCodes smsCodes;
    private final CardViews cards;
    private final ParkingClock clock;

    ParkingUsers(JdbcClient jdbc, SmsCodes smsCodes, CardViews cards, ParkingClock clock) {
        this.jdbc = jdbc;
        this.smsCodes = smsCodes;
        this.cards = cards;
        this.clock = clock;
    }

    /**
     * The fields are checked before the code, the code (the latest sent to {@code phone}, once) before any lookup; a
     * plate without a user of that name in that park is 404.
     */
    UserQueryAnswer query(UserQueryRequest request) {
        require("carNum", request.carNum());
        require("name", request.name());
        require("pmParkId", request.pmParkId());
        require("phone", request.phone());
        require("phoneCode", request.phoneCode());
        PhoneNumbers.requireValid("phone", request.phone());
        String overDuplicate = request.isOverDuplicate() == null || request.isOverDuplicate().isBlank()
                ? KEEP_DUPLICATE_CODE : request.isOverDuplicate();
        if (!overDuplicate.equals(KEEP_DUPLICATE_CODE) && !overDuplicate.equals(OVERWRITE_DUPLICATE_CODE)) {
            throw ApiException.badRequest("field isOverDuplicate must be 0 or 1");
        }
        smsCodes.use(request.phone(), request.phoneCode());
        String userId = jdbc.sql("""
                SELECT u.id FROM parking_car c JOIN parking_user u ON u.id = c.user_id
                WHERE c.car_num = ? AND u.park_id = ? AND u.name = ? ORDER BY c.id LIMIT 1""")
                .params(request.carNum().trim().toUpperCase(), request.pmParkId(), request.name().trim())
                .query(String.class).optional()
                .orElseThrow(() -> ApiException.notFound("no user with this plate and name in this park"));
        if (overDuplicate.equals(OVERWRITE_DUPLICATE_CODE) && request.duplicateCode() != null
                && !request.duplicateCode().isBlank()) {
            jdbc.sql("UPDATE parking_user SET duplicate_code = ?, updated_at = ? WHERE id = ?")
                    .params(request.duplicateCode().trim(), clock.now(), userId).update();
        }
        return UserQueryAnswer.of(overDuplicate, view(userId));
    }

    UserByCardAnswer byCard(ByCardRequest request) {
        require("omPrCardId", request.omPrCardId());
        String userId = jdbc.sql("SELECT user_id FROM parking_card WHERE id = ?").param(request.omPrCardId())
                .query(String.class).optional().orElseThrow(() -> ApiException.notFound("no such card"));
        UserView user = view(userId);
        return UserByCardAnswer.of(cards.mayRenew(request.omPrCardId()), user);
    }

    @Transactional
    void update(UserUpdateRequest request) {
        require("pmSetrentUserinfoId", request.pmSetrentUserinfoId());
        if (request.name() == null && request.phone() == null) {
            throw ApiException.badRequest("missing required field name or phone");
        }
        if (request.name() != null && request.name().isBlank()) {
            throw ApiException.badRequest("field name must not be blank");
        }
        if (request.phone() != null) {
            PhoneNumbers.requireValid("phone", request.phone());
        }
        int updated = jdbc.sql("UPDATE parking_user SET name = COALESCE(?, name), phone = COALESCE(?, phone), "
                        + "updated_at = ? WHERE id = ?")
                .params(request.name() == null ? null : request.name().trim(), request.phone(), clock.now(),
                        request.pmSetrentUserinfoId())
                .update();
        if (updated == 0) {
            throw ApiException.notFound("no such user");
        }
    }

    /** Adds the plates the user lacks (channel 9); one malformed plate adds none. */
    @Transactional
    void addCars(CarsRequest request) {
        List<String> plates = Plates.parse("addCarNums", request.addCarNums());
        lockUser(request.userInfoId());
        List<String> held = plates(request.userInfoId()).stream().map(CarView::carNum).toList();
        for (String plate : plates) {
            if (!held.contains(plate)) {
                jdbc.sql("INSERT INTO parking_car (user_id, car_num, channel, created_at) VALUES (?, ?, ?, ?)")
                        .params(request.userInfoId(), plate, Plates.APP_CHANNEL, clock.now()).update();
            }
        }
    }

    /** Deletes plates, all or none: 404 for one the user lacks, 409 for one that did not come through the app. */
    @Transactional
    void deleteCars(CarsRequest request) {
        List<String> plates = Plates.parse("delCarNums", request.delCarNums());
        lockUser(request.userInfoId());
        List<CarView> held = plates(request.userInfoId());
        for (String plate : plates) {
            CarView car = held.stream().filter(candidate -> candidate.carNum().equals(plate)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("the user has no plate " + plate));
            if (!Plates.APP_CHANNEL.equals(car.channel())) {
                throw ApiException.conflict("plate " + plate + " was not added through the app (channel "
                        + car.channel() + ") and cannot be deleted");
            }
        }
        for (String plate : plates) {
            jdbc.sql("DELETE FROM parking_car WHERE user_id = ? AND car_num = ?").params(request.userInfoId(), plate)
                    .update();
        }
    }

    private void lockUser(String userId) {
        require("userInfoId", userId);
        jdbc.sql("SELECT id FROM parking_user WHERE id = ? FOR UPDATE").param(userId).query(String.class).optional()
                .orElseThrow(() -> ApiException.notFound("no such user"));
    }

    private List<CarView> plates(String userId) {
        return jdbc.sql("SELECT car_num, channel FROM parking_car WHERE user_id = ? ORDER BY id").param(userId)
                .query(CarView.class).list();
    }

    private UserView view(String userId) {
        List<CarView> plates = plates(userId);
        String carNums = String.join(",", plates.stream().map(CarView::carNum).toList());
        return jdbc.sql("SELECT * FROM parking_user WHERE id = ?").param(userId)
                .query((rs, row) -> new UserView(rs.getString("id"), rs.getString("name"), rs.getString("phone"),
                        rs.getString("address"), rs.getString("idcard"), rs.getString("drive_licence"),
                        rs.getString("content"), rs.getString("code"), rs.getString("department"),
                        rs.getString("org_code"), rs.getString("is_single"), rs.getString("is_drop"), carNums,
                        rs.getBoolean("bought_online"), rs.getString("first_org_name"),
                        rs.getString("first_org_code"), rs.getString("second_org_name"),
                        rs.getString("second_org_code"), rs.getString("duplicate_code"),
                        rs.getBoolean("has_conflict_process"), plates, cards.ofUser(userId)))
                .single();
    }
}

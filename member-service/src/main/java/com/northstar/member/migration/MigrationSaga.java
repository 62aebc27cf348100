package com.northstar.member.migration;

import com.northstar.member.member.MemberAction;
import com.northstar.member.member.Members;
import com.northstar.member.member.NewMember;
import com.northstar.member.review.AccessReviews;
import com.northstar.member.review.NewReview;
import com.northstar.member.review.ReviewDecided;
import com.northstar.member.support.Money;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.outbox.Outbox;
import feign.FeignException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The migration saga (see {@link MigrationState}): takes the steps of one migration, from its stored state, while
 * it holds the migration's claim. Every step is idempotent and commits its result before the next one, in a
 * transaction of its own: a run killed anywhere is finished by the next run ({@link MigrationResumer}).
 */
@Service
class MigrationSaga {

    static final String REFUSED = "REFUSED";
    private static final Logger log = LoggerFactory.getLogger(MigrationSaga.class);
    private static final TypeReference<Map<String, String>> BOUND = new TypeReference<>() {
    };

    private final Migrations migrations;
    private final PartnerClient partner;
    private final AssetBindingClient asset;
    private final Members members;
    private final AccessReviews reviews;
    private final Outbox outbox;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;

    MigrationSaga(Migrations migrations, PartnerClient partner, AssetBindingClient asset, Members members,
            AccessReviews reviews, Outbox outbox, JsonMapper json, PlatformTransactionManager transactions) {
        this.migrations = migrations;
        this.partner = partner;
        this.asset = asset;
        this.members = members;
        this.reviews = reviews;
        this.outbox = outbox;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * memberMigrationStart: the phone's migration, new or not, taken as far as it goes now. 404 when Weichuang does
     * not know the phone (and no migration is left).
     */
    Migration start(String phone) {
        inOwnTransaction(() -> migrations.startIfAbsent(phone));
        advance(phone);
        return migrations.find(phone).orElseThrow(() -> ApiException.notFound("Weichuang does not know this phone"
                + " number; no migration started"));
    }

    /** Takes every step the migration can take now, unless someone else holds it. */
    void advance(String phone) {
        Optional<String> token = fromOwnTransaction(() -> migrations.claim(phone));
        if (token.isEmpty()) {
            return;
        }
        try {
            boolean moved = true;
            while (moved) {
                moved = step(phone);
            }
        } finally {
            inOwnTransaction(() -> migrations.release(phone, token.get()));
        }
    }

    /** The review of a migration was decided: the migration moves with it, in the deciding transaction. */
    @EventListener
    void onReviewDecided(ReviewDecided decision) {
        migrations.decided(decision.reviewId(), decision.approved(), decision.approvedDeposit());
    }

    /**
     * After the approval commits, the saga binds and completes at once (the resumer if this run fails). This runs
     * while the approval's connection is still bound to the thread: every statement of the saga runs in a
     * transaction of its own, never on that connection (whose next read would see the approval's old snapshot).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterReviewDecided(ReviewDecided decision) {
        if (decision.approved()) {
            fromOwnTransaction(() -> migrations.findByReview(decision.reviewId()))
                    .ifPresent(migration -> advance(migration.phone()));
        }
    }

    /** @return whether the step moved the migration on (so the next may follow) */
    private boolean step(String phone) {
        Migration migration = fromOwnTransaction(() -> migrations.find(phone)).orElse(null);
        if (migration == null) {
            return false;
        }
        return switch (migration.state()) {
            case STARTED -> pull(phone);
            case PULLED -> openReview(migration);
            case APPROVED -> bind(migration);
            case BOUND -> complete(migration);
            case PENDING_REVIEW, COMPLETED, REJECTED -> false;
        };
    }

    private boolean pull(String phone) {
        PartnerClient.User user;
        PartnerClient.Deposit deposit;
        PartnerClient.Package userPackage;
        List<PartnerClient.Battery> batteries;
        try {
            user = answer(partner.user(phone), "user");
            if (user == null) {
                throw new IllegalStateException("partner-adapter answered no user");
            }
            deposit = answer(partner.deposit(phone), "deposit");
            userPackage = answer(partner.userPackage(phone), "package");
            PartnerClient.BatteryList list = answer(partner.batteries(phone), "batteries");
            batteries = list == null || list.batteryList() == null ? List.of() : list.batteryList();
        } catch (FeignException.NotFound unknown) {
            log.info("migration {}: Weichuang does not know the phone", phone);
            inOwnTransaction(() -> migrations.forget(phone));
            return false;
        } catch (RuntimeException unavailable) {
            return waiting(phone, MigrationState.Waits.WEICHUANG, "partner-adapter", unavailable);
        }
        inOwnTransaction(() -> migrations.pulled(phone, user.userId(), user.merchantId(),
                json.writeValueAsString(user), deposit == null ? null : json.writeValueAsString(deposit),
                userPackage == null ? null : json.writeValueAsString(userPackage),
                json.writeValueAsString(batteries)));
        return true;
    }

    private boolean openReview(Migration migration) {
        PartnerClient.User user = json.readValue(migration.userJson(), PartnerClient.User.class);
        PartnerClient.Deposit deposit = depositOf(migration);
        PartnerClient.Package userPackage = migration.packageJson() == null ? null
                : json.readValue(migration.packageJson(), PartnerClient.Package.class);
        List<PartnerClient.Battery> batteries = batteriesOf(migration);
        PartnerClient.Battery first = batteries.isEmpty() ? null : batteries.get(0);
        Long depositFen = deposit == null || deposit.depositAmount() == null || deposit.depositAmount().isBlank()
                ? null : Money.fen(deposit.depositAmount());
        inOwnTransaction(() -> {
            long memberId = members.register(new NewMember(migration.phone(), user.userId(), user.userName(),
                    user.merchantId(), user.idCardStateStr(), user.inviter(), user.shareCode(), user.sex(),
                    user.birthday()));
            long reviewId = reviews.open(new NewReview(memberId, migration.phone(), user.merchantId(),
                    user.userName(), userPackage == null ? null : userPackage.packageName(),
                    first == null ? null : first.batteryCode(), first == null ? null : first.model(), depositFen,
                    deposit == null ? null : deposit.depositAmount(), deposit == null ? null : deposit.depositType(),
                    user.shareCode()));
            migrations.reviewOpened(migration.phone(), memberId, reviewId);
        });
        return true;
    }

    private boolean bind(Migration migration) {
        Map<String, String> bound = migration.boundJson() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(json.readValue(migration.boundJson(), BOUND));
        PartnerClient.User user = json.readValue(migration.userJson(), PartnerClient.User.class);
        for (PartnerClient.Battery battery : batteriesOf(migration)) {
            if (bound.containsKey(battery.batteryCode())) {
                continue;
            }
            try {
                AssetBindingClient.Bound answer = answer(asset.migrate(new AssetBindingClient.Bind(user.userId(),
                        user.userName(), migration.phone(), battery.batteryCode(), migration.merchantCode())),
                        "migrate");
                if (answer == null || answer.bindingId() == null) {
                    throw new IllegalStateException("asset-service answered no bindingId");
                }
                bound.put(battery.batteryCode(), answer.bindingId());
            } catch (FeignException.Conflict boundToSomeoneElse) {
                log.warn("migration {}: battery {} is bound to someone else at asset-service", migration.phone(),
                        battery.batteryCode());
                bound.put(battery.batteryCode(), REFUSED);
            } catch (RuntimeException unavailable) {
                return waiting(migration.phone(), MigrationState.Waits.ASSET, "asset-service", unavailable);
            }
            String boundJson = json.writeValueAsString(bound);
            inOwnTransaction(() -> migrations.boundSoFar(migration.phone(), boundJson));
        }
        inOwnTransaction(() -> migrations.bound(migration.phone()));
        return true;
    }

    private boolean complete(Migration migration) {
        PartnerClient.User user = json.readValue(migration.userJson(), PartnerClient.User.class);
        MigratedDeposit deposit = MigratedDeposit.of(depositOf(migration), migration.reviewDeposit(),
                WireDates.format(migrations.now()));
        inOwnTransaction(() -> {
            if (migrations.completed(migration.phone())) {
                members.act(migration.memberId(), MemberAction.APPROVE);
                outbox.record(MigrationCompletedEvent.TOPIC, migration.phone(), MigrationCompletedEvent.TYPE,
                        new MigrationCompletedEvent(migration.phone(), user.userId(), migration.memberId(),
                                migration.merchantCode(), user.userName(), deposit));
            }
        });
        return true;
    }

    private boolean waiting(String phone, MigrationState.Waits on, String service, RuntimeException cause) {
        String error = service + ": " + (cause instanceof FeignException feign ? "HTTP " + feign.status() + " "
                : "") + cause.getClass().getSimpleName();
        log.warn("migration {} waits on {}: {}", phone, on, error);
        inOwnTransaction(() -> migrations.waiting(phone, on, error));
        return false;
    }

    private PartnerClient.Deposit depositOf(Migration migration) {
        return migration.depositJson() == null ? null
                : json.readValue(migration.depositJson(), PartnerClient.Deposit.class);
    }

    private List<PartnerClient.Battery> batteriesOf(Migration migration) {
        return List.of(json.readValue(migration.batteriesJson(), PartnerClient.Battery[].class));
    }

    /** The data of a KOP answer; any code but 200 is a failure to retry. */
    private static <T> T answer(KopResponse<T> response, String what) {
        if (response == null || response.code() != KopResponse.SUCCESS) {
            throw new IllegalStateException(what + " answered code " + (response == null ? null : response.code()));
        }
        return response.data();
    }

    private void inOwnTransaction(Runnable work) {
        ownTransaction.executeWithoutResult(status -> work.run());
    }

    private <T> T fromOwnTransaction(Supplier<T> work) {
        return ownTransaction.execute(status -> work.get());
    }
}

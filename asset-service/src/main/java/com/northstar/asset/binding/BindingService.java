package com.northstar.asset.binding;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.northstar.asset.battery.Batteries;
import com.northstar.asset.battery.Battery;
import com.northstar.asset.battery.Holder;
import com.northstar.asset.cabinet.Cabinets;
import com.northstar.asset.merchant.MerchantTotals;
import com.northstar.asset.merchant.Merchants;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.time.WireDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of who holds which battery: swaps, corrections and migrations. Each change locks the batteries
 * involved first (in code order, so two changes never wait on each other in a circle), then their bindings; it
 * writes the binding, moves the battery (tracked) and records its {@code asset.binding-changed} event in one
 * transaction.
 */
@Service
class BindingService {

    private static final Logger log = LoggerFactory.getLogger(BindingService.class);

    private final BindingMapper bindings;
    private final Batteries batteries;
    private final Cabinets cabinets;
    private final Merchants merchants;
    private final MerchantTotals totals;
    private final BindingEvents events;
    private final Clock clock;

    BindingService(BindingMapper bindings, Batteries batteries, Cabinets cabinets, Merchants merchants,
            MerchantTotals totals, BindingEvents events, Clock clock) {
        this.bindings = bindings;
        this.batteries = batteries;
        this.cabinets = cabinets;
        this.merchants = merchants;
        this.totals = totals;
        this.events = events;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    /**
     * Applies a completed swap. The cabinet's report is the physical truth: the returned battery is in the cabinet
     * and the borrowed one is with the user, whatever the bindings said before. So a returned battery bound to
     * someone else still goes into the slot (that binding ends), and a borrowed battery bound to someone else is
     * bound to this user (that binding ends); both are logged at WARN. Batteries seen for the first time are
     * registered, owned by the cabinet's merchant.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void applySwap(SwapCompleted swap) {
        LocalDateTime at = swap.completeTime() != null ? swap.completeTime() : LocalDateTime.now(clock);
        String source = "swap:" + swap.orderId();
        String user = Long.toString(swap.userId());
        String owner = ownerOfBatteriesAt(swap);
        Map<String, Battery> locked = new TreeMap<>();
        inCodeOrder(swap.oldBattery(), swap.newBattery())
                .forEach(code -> locked.put(code, batteries.lockOrRegister(code, owner, null, at)));
        if (swap.oldBattery() != null) {
            Battery returned = locked.get(swap.oldBattery());
            Binding holding = bindings.selectCurrentOfBatteryForUpdate(returned.getBatteryCode());
            if (holding == null) {
                log.warn("swap order {}: returned battery {} was bound to nobody", swap.orderId(),
                        returned.getBatteryCode());
            } else {
                if (!holding.isHeldBy(user)) {
                    log.warn("swap order {}: returned battery {} was bound to another user (binding {}); the "
                            + "cabinet has it, so that binding ends", swap.orderId(), returned.getBatteryCode(),
                            holding.getId());
                }
                end(holding, at, BindingCause.SWAP);
            }
            batteries.putInto(returned, swap.deviceId(), swap.returnBoxNo(), swap.returnElectric(), at,
                    BindingCause.SWAP.move(), source);
        }
        if (swap.newBattery() != null) {
            Battery borrowed = locked.get(swap.newBattery());
            Binding holding = bindings.selectCurrentOfBatteryForUpdate(borrowed.getBatteryCode());
            if (holding != null && holding.isHeldBy(user)) {
                log.warn("swap order {}: borrowed battery {} was already bound to the user", swap.orderId(),
                        borrowed.getBatteryCode());
                return;
            }
            if (holding != null) {
                log.warn("swap order {}: borrowed battery {} was bound to another user (binding {}); the cabinet "
                        + "handed it to this user, so that binding ends", swap.orderId(), borrowed.getBatteryCode(),
                        holding.getId());
                end(holding, at, BindingCause.SWAP);
            }
            String merchant = swap.merchantCode() != null ? swap.merchantCode() : borrowed.getMerchantCode();
            bind(borrowed, new Holder(user, swap.userName(), swap.phone()), merchant, at, BindingCause.SWAP,
                    swap.borrowElectric(), source);
        }
    }

    /**
     * {@code assetBindingCorrect} (2.2.17): the binding's user holds {@code batteryCode} instead of the battery the
     * binding names. The old binding ends and a new one begins (both with cause CORRECTION), so history keeps what
     * was believed before; the old battery is taken to no known place.
     *
     * @return false when the binding already names that battery (nothing changes, nothing is published)
     */
    @Transactional
    public boolean correct(long bindingId, String batteryCode) {
        Binding seen = bindings.selectById(bindingId);
        if (seen == null) {
            throw ApiException.notFound("binding " + bindingId + " does not exist");
        }
        if (!seen.isCurrent()) {
            throw endedBinding(bindingId);
        }
        if (seen.getBatteryCode().equals(batteryCode)) {
            return false;
        }
        LocalDateTime at = LocalDateTime.now(clock);
        Map<String, Battery> locked = new TreeMap<>();
        inCodeOrder(seen.getBatteryCode(), batteryCode)
                .forEach(code -> batteries.lock(code).ifPresent(battery -> locked.put(code, battery)));
        if (!locked.containsKey(batteryCode)) {
            throw ApiException.notFound("battery " + batteryCode + " is unknown");
        }
        Binding binding = bindings.selectByIdForUpdate(bindingId);
        if (!binding.isCurrent()) {
            throw endedBinding(bindingId);
        }
        Binding other = bindings.selectCurrentOfBatteryForUpdate(batteryCode);
        if (other != null) {
            throw ApiException.conflict("battery " + batteryCode + " is bound to another binding");
        }
        String source = "binding:" + bindingId;
        end(binding, at, BindingCause.CORRECTION);
        batteries.takeAway(locked.get(binding.getBatteryCode()), at, BindingCause.CORRECTION.move(), source);
        bind(locked.get(batteryCode), binding.holder(), binding.getMerchantCode(), at, BindingCause.CORRECTION,
                null, source);
        return true;
    }

    /**
     * Binds a migrated Weichuang user's battery to the member (registering the battery if new). The same user and
     * battery again answers the same binding and changes nothing; a battery someone else holds is a 409.
     */
    @Transactional
    public MigratedBinding migrate(MigrationRequest request) {
        LocalDateTime at = LocalDateTime.now(clock);
        Battery battery = batteries.lockOrRegister(request.batteryCode(), request.merchantCode(), null, at);
        Binding holding = bindings.selectCurrentOfBatteryForUpdate(request.batteryCode());
        if (holding != null) {
            if (holding.isHeldBy(request.userId())) {
                return new MigratedBinding(holding.getId().toString());
            }
            throw ApiException.conflict("battery " + request.batteryCode() + " is bound to another user");
        }
        Binding binding = bind(battery, new Holder(request.userId(), request.userName(), request.userPhone()),
                request.merchantCode(), at, BindingCause.MIGRATION, null, "migration");
        return new MigratedBinding(binding.getId().toString());
    }

    private Binding bind(Battery battery, Holder holder, String merchantCode, LocalDateTime at, BindingCause cause,
            Integer chargeLevel, String source) {
        Binding binding = Binding.bound(holder, battery.getBatteryCode(), merchantCode,
                merchants.shareCodeOf(merchantCode), at, cause);
        bindings.insert(binding);
        totals.bindingBegan(merchantCode);
        batteries.handTo(battery, holder, chargeLevel, at, cause.move(), source);
        events.bound(binding);
        return binding;
    }

    private void end(Binding binding, LocalDateTime at, BindingCause cause) {
        binding.end(at, cause);
        bindings.update(null, Wrappers.lambdaUpdate(Binding.class)
                .set(Binding::getUnboundAt, binding.getUnboundAt())
                .set(Binding::getUnboundCause, binding.getUnboundCause())
                .set(Binding::getCurrentBatteryCode, null)
                .eq(Binding::getId, binding.getId()));
        totals.bindingEnded(binding.getMerchantCode());
        events.unbound(binding);
    }

    /**
     * The cabinet's owner (this service's record first, then swap-order's), else the user's merchant; null when
     * none is known, and then a new battery's owner stays unknown (no MERCHANT sees it) rather than guessed.
     */
    private String ownerOfBatteriesAt(SwapCompleted swap) {
        String owner = cabinets.ownerOf(swap.deviceId());
        if (owner == null) {
            owner = swap.deviceMerchantCode() != null ? swap.deviceMerchantCode() : swap.merchantCode();
        }
        return owner;
    }

    /** The order every change locks batteries in, so that two changes never wait on each other in a circle. */
    private static Stream<String> inCodeOrder(String... codes) {
        return Stream.of(codes).filter(Objects::nonNull).sorted().distinct();
    }

    private static ApiException endedBinding(long bindingId) {
        return ApiException.conflict("binding " + bindingId + " has ended; only a current binding can be corrected");
    }
}

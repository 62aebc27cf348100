package com.northstar.storedvalue.card;

import com.northstar.platform.core.time.WireDates;
import com.northstar.storedvalue.cardclass.CardClass;
import com.northstar.storedvalue.cardclass.CardClassMapper;
import com.northstar.storedvalue.settlement.BusinessDayGate;
import com.northstar.storedvalue.tenancy.TenantScope;
import com.northstar.storedvalue.tenancy.Till;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How every command changes a card: pass the till's shop gate (902 while its day is settled), lock the card, let
 * the domain change it, then write it with a compare-and-set on the version it was locked at and one ledger line per
 * change, all in the command's transaction.
 */
@Component
public class CardAccounts {

    private static final long CLASS_REMEMBERED_MILLIS = 60_000;

    private final CardMapper cards;
    private final LedgerMapper ledger;
    private final CardClassMapper cardClasses;
    private final BusinessDayGate gate;
    private final Clock clock;
    private final Map<String, RememberedClass> classes = new ConcurrentHashMap<>();

    CardAccounts(CardMapper cards, LedgerMapper ledger, CardClassMapper cardClasses, BusinessDayGate gate,
            Clock clock) {
        this.cards = cards;
        this.ledger = ledger;
        this.cardClasses = cardClasses;
        this.gate = gate;
        this.clock = clock;
    }

    /**
     * Starts a change of {@code found} at {@code till}: the card as it is now, locked until the transaction ends.
     * Points past their date expire first, so nothing is ever spent or shown that is no longer there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CardSession begin(Till till, Card found) {
        LocalDate businessDay = gate.pass(till.shopId(), found.getId());
        Card card = cards.lockById(found.getId());
        CardSession session = new CardSession(card, till, businessDay);
        CardChange expired = card.expirePoints(now());
        if (expired != null) {
            session.record(expired, null, null);
        }
        return session;
    }

    /**
     * Opens a new card with its first ledger line (zero, unless an import or migration brings a balance). Opening
     * is a card command too: it passes the gate, so no opening balance lands in a day being settled (902).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CardSession open(Till till, Card card) {
        cards.insert(card);
        LocalDate businessDay = gate.pass(till.shopId(), card.getId());
        CardSession session = new CardSession(card, till, businessDay);
        session.record(new CardChange(LedgerKind.OPEN, card.getActualBalance(), card.getGiveBalance(),
                card.getActualPoints()), null, null);
        return session;
    }

    /**
     * The card's class (its rights and points rules). Classes change only with the reference data, so each is
     * remembered for a minute per tenant: one statement less for every payment and recharge.
     */
    public CardClass classOf(Card card) {
        String key = TenantScope.current() + ":" + card.getCardClassId();
        long now = clock.millis();
        RememberedClass known = classes.get(key);
        if (known != null && known.until() > now) {
            return known.cardClass();
        }
        CardClass cardClass = cardClasses.selectById(card.getCardClassId());
        if (cardClass == null) {
            throw new IllegalStateException("card " + card.getId() + " has no class " + card.getCardClassId());
        }
        classes.put(key, new RememberedClass(cardClass, now + CLASS_REMEMBERED_MILLIS));
        return cardClass;
    }

    private record RememberedClass(CardClass cardClass, long until) {
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WireDates.ZONE)).withNano(0);
    }

    /** One card being changed by one command. */
    public final class CardSession {

        private final Card card;
        private final Till till;
        private final LocalDate businessDay;
        private final long readVersion;
        private final List<LedgerLine> lines = new ArrayList<>();

        private CardSession(Card card, Till till, LocalDate businessDay) {
            this.card = card;
            this.till = till;
            this.businessDay = businessDay;
            this.readVersion = card.getChangedAt();
        }

        public Card card() {
            return card;
        }

        public LocalDate businessDay() {
            return businessDay;
        }

        /** Records {@code change}, already applied to the card, for its ledger line. */
        public void record(CardChange change, String serial, Long referenceId) {
            lines.add(LedgerLine.of(card, change, serial, referenceId, till.operator(), till.shopId(), businessDay,
                    now()));
        }

        /** Writes the card and its ledger lines; a card changed since it was locked is never overwritten. */
        public Card save() {
            card.touch(clock.millis());
            if (cards.compareAndSet(card, readVersion) != 1) {
                throw new ConcurrencyFailureException("card " + card.getId() + " changed while it was locked");
            }
            lines.forEach(ledger::insert);
            return card;
        }

        /** Writes the ledger lines of a card inserted by {@link #open}. */
        public Card saveOpened() {
            lines.forEach(ledger::insert);
            return card;
        }
    }
}

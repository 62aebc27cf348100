package com.northstar.storedvalue.card;

import com.northstar.platform.core.time.WireDates;
import com.northstar.storedvalue.cardclass.CardClass;
import com.northstar.storedvalue.cardclass.CardClassMapper;
import com.northstar.storedvalue.settlement.BusinessDayGate;
import com.northstar.storedvalue.support.ShortMemory;
import com.northstar.storedvalue.tenancy.TenantScope;
import com.northstar.storedvalue.tenancy.Till;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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

    private final CardMapper cards;
    private final LedgerMapper ledger;
    private final CardClassMapper cardClasses;
    private final BusinessDayGate gate;
    private final Clock clock;
    private final ShortMemory<CardClass> classes;

    CardAccounts(CardMapper cards, LedgerMapper ledger, CardClassMapper cardClasses, BusinessDayGate gate,
            Clock clock) {
        this.cards = cards;
        this.ledger = ledger;
        this.cardClasses = cardClasses;
        this.gate = gate;
        this.clock = clock;
        this.classes = new ShortMemory<>(clock, Duration.ofMinutes(1));
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

    /** The card's class (its rights and points rules), kept a minute per tenant ({@link ShortMemory}). */
    public CardClass classOf(Card card) {
        return classes.get(TenantScope.current() + ":" + card.getCardClassId(),
                () -> cardClasses.selectById(card.getCardClassId()))
                .orElseThrow(() -> new IllegalStateException("card " + card.getId() + " has no class "
                        + card.getCardClassId()));
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

package com.northstar.storedvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bank test: tills on several threads pay, recharge, reverse and refund on a few cards, sending many requests
 * again with the same key (one after the other and at the same moment). Afterwards every card holds exactly its
 * opening balance plus the effects of the operations answered as successful, each key counted once; no balance is
 * negative and every card matches its ledger (the support's check after each test).
 */
class StoredValueBankIntegrationTest extends CardCommandTestSupport {

    static final String REVERSE = "/api/stored-value/card-payments/reverse";
    static final String RECHARGE_DRAFT = "/api/stored-value/recharges/refund-draft?cardCode=";
    static final String RECHARGE_REFUND = "/api/stored-value/recharges/refund";

    private static final int TILLS = 8;
    private static final int OPERATIONS_PER_TILL = 40;

    @BeforeEach
    void referenceData() {
        loadReferenceData();
    }

    /** What one key did: its effect on the card's balance when any answer for it was a success. */
    private record Outcome(String card, BigDecimal effect, boolean succeeded) {
    }

    @Test
    void manyTillsWithRetriesLeaveEveryCardAtItsOpeningPlusTheAnsweredSuccessfulOperations() throws Exception {
        List<String> cards = List.of(cardWith(1, 1, "300.00", "30.00"), cardWith(1, 1, "50.00", "0.00"),
                cardWith(1, 2, "200.00", "40.00"), cardWith(1, 1, "0.00", "0.00"));
        Map<String, BigDecimal> opening = new HashMap<>();
        cards.forEach(card -> opening.put(card, balance(card)));
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        ExecutorService tills = Executors.newFixedThreadPool(TILLS);
        List<Future<?>> running = new ArrayList<>();
        for (int till = 0; till < TILLS; till++) {
            int tillNumber = till;
            running.add(tills.submit((Callable<Void>) () -> {
                runTill(tillNumber, cards, outcomes);
                return null;
            }));
        }
        for (Future<?> till : running) {
            till.get();
        }
        tills.shutdown();

        Map<String, BigDecimal> expected = new HashMap<>(opening);
        outcomes.values().stream().filter(Outcome::succeeded)
                .forEach(outcome -> expected.merge(outcome.card(), outcome.effect(), BigDecimal::add));
        for (String card : cards) {
            assertThat(balance(card)).as("balance of " + card).isEqualByComparingTo(expected.get(card));
        }
        assertThat(count("SELECT COUNT(*) FROM card WHERE actual_balance < 0 OR give_balance < 0")).isZero();
        assertThat(outcomes.values().stream().filter(Outcome::succeeded).count()).isGreaterThan(TILLS * 10L);
    }

    private void runTill(int till, List<String> cards, Map<String, Outcome> outcomes) throws Exception {
        Random random = new Random(till * 7919L);
        List<String[]> paid = new ArrayList<>();
        for (int i = 0; i < OPERATIONS_PER_TILL; i++) {
            String card = cards.get(random.nextInt(cards.size()));
            int kind = random.nextInt(10);
            String key = "T" + till + "-" + i;
            if (kind < 5) {
                BigDecimal money = BigDecimal.valueOf(1 + random.nextInt(4000), 2);
                Map<String, Object> body = payment(card, money.toPlainString(), key);
                boolean ok = sendWithRetries(CardCommandTestSupport.PAY, body, random);
                outcomes.put(key, new Outcome(card, money.negate(), ok));
                if (ok) {
                    paid.add(new String[] { card, money.toPlainString(), key });
                }
            } else if (kind < 8) {
                BigDecimal paidIn = BigDecimal.valueOf(100 + random.nextInt(5000), 2);
                BigDecimal bonus = BigDecimal.valueOf(random.nextInt(500), 2);
                Map<String, Object> body = recharge(card, paidIn.toPlainString(), bonus.toPlainString(), stamp(T001));
                boolean ok = sendWithRetries(CardCommandTestSupport.RECHARGE, body, random);
                outcomes.put(key, new Outcome(card, paidIn.add(bonus), ok));
            } else if (kind == 8 && !paid.isEmpty()) {
                String[] payment = paid.remove(random.nextInt(paid.size()));
                boolean ok = sendWithRetries(REVERSE, payment(payment[0], payment[1], payment[2]), random);
                outcomes.put(key, new Outcome(payment[0], new BigDecimal(payment[1]), ok));
            } else {
                JsonNode draft = read(get(RECHARGE_DRAFT + card, T001).andReturn());
                if (draft.has("rechargeCode")) {
                    ObjectNode body = (ObjectNode) draft;
                    body.put("mac", mac(card));
                    body.put("billNo", key);
                    BigDecimal effect = draft.get("payMoney").decimalValue().add(draft.get("giveMoney").decimalValue())
                            .negate();
                    boolean ok = sendWithRetries(RECHARGE_REFUND, json.convertValue(body, Map.class), random);
                    outcomes.put(key, new Outcome(card, effect, ok));
                }
            }
        }
    }

    /**
     * Sends the request, and sometimes the same again: once more afterwards, or twice at the same moment. A refused
     * request did nothing and leaves its key free (a retry after a recharge may pass), but every successful answer
     * to one key is the same, and once one was given every later copy answers it too. True when one succeeded.
     */
    private boolean sendWithRetries(String path, Map<?, ?> body, Random random) throws Exception {
        int copies = switch (random.nextInt(4)) {
            case 0 -> 2;
            case 1 -> 3;
            default -> 1;
        };
        List<JsonNode> answers = Collections.synchronizedList(new ArrayList<>());
        if (copies == 3) {
            List<Thread> together = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Thread copy = new Thread(() -> {
                    try {
                        answers.add(read(post(path, T001, body).andReturn()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                copy.start();
                together.add(copy);
            }
            for (Thread thread : together) {
                thread.join();
            }
        } else if (copies == 2) {
            answers.add(read(post(path, T001, body).andReturn()));
        }
        answers.add(read(post(path, T001, body).andReturn()));
        List<JsonNode> successes = answers.stream().filter(answer -> statusOf(answer) == 200).toList();
        if (!successes.isEmpty()) {
            assertThat(successes).as("successful answers to one key").containsOnly(successes.get(0));
            assertThat(answers.get(answers.size() - 1)).as("the copy sent after the others").isEqualTo(successes.get(0));
        }
        return !successes.isEmpty();
    }

    @Test
    void eightTillsPayingTheSameOrderAtOnceTakeTheMoneyOnce() throws Exception {
        String card = cardWith(1, 1, "100.00", "0.00");
        List<JsonNode> answers = inParallel(8, i -> payment(card, "30.00", "SAME-ORDER"));

        assertThat(answers.stream().filter(answer -> statusOf(answer) == 200).count()).isPositive();
        assertThat(answers).allSatisfy(answer -> assertThat(statusOf(answer)).isIn(200, 503));
        assertThat(balance(card)).isEqualByComparingTo("70.00");
        assertThat(count("SELECT COUNT(*) FROM card_payment WHERE code = 'SAME-ORDER'")).isEqualTo(1);
    }

    @Test
    void eightTillsSpendingOneBalanceAtOnceNeverTakeMoreThanItHolds() throws Exception {
        String card = cardWith(1, 1, "50.00", "0.00");
        List<JsonNode> answers = inParallel(8, i -> payment(card, "10.00", "SPLIT-" + i));

        assertThat(answers.stream().filter(answer -> statusOf(answer) == 200).count()).isEqualTo(5);
        assertThat(answers.stream().filter(answer -> statusOf(answer) == 605).count()).isEqualTo(3);
        assertThat(balance(card)).isEqualByComparingTo("0.00");
    }

    private List<JsonNode> inParallel(int tills, IntFunction<Map<String, Object>> body)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tills);
        List<Future<JsonNode>> futures = new ArrayList<>();
        for (int i = 0; i < tills; i++) {
            Map<String, Object> request = body.apply(i);
            futures.add(pool.submit(() -> read(post(CardCommandTestSupport.PAY, T001, request).andReturn())));
        }
        List<JsonNode> answers = new ArrayList<>();
        for (Future<JsonNode> future : futures) {
            answers.add(future.get());
        }
        pool.shutdown();
        return answers;
    }
}

package com.northstar.parking.sms;

import com.northstar.parking.support.EpochMillis;
import com.northstar.parking.support.ParkingClock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * The SMS provider of local runs and tests: sends nothing, keeps what it would have sent per phone (newest last) for
 * the local profile's {@code /dev/sms-inbox} and for tests. A real provider is another {@link SmsSender}.
 */
@Component
public class LocalSmsSimulator implements SmsSender {

    /** One message as sent. {@code sentAt} is epoch milliseconds, as seed 001's dates. */
    public record SentCode(String code, String sentAt) {
    }

    private final Map<String, List<SentCode>> inbox = new ConcurrentHashMap<>();
    private final ParkingClock clock;

    LocalSmsSimulator(ParkingClock clock) {
        this.clock = clock;
    }

    @Override
    public void send(String phone, String code) {
        inbox.computeIfAbsent(phone, any -> new CopyOnWriteArrayList<>())
                .add(new SentCode(code, EpochMillis.of(clock.now())));
    }

    /** What was sent to {@code phone}, oldest first; empty when nothing was. */
    public List<SentCode> sentTo(String phone) {
        return List.copyOf(inbox.getOrDefault(phone, List.of()));
    }

    /** The newest code sent to {@code phone}; for tests. */
    public String latestCode(String phone) {
        List<SentCode> sent = sentTo(phone);
        if (sent.isEmpty()) {
            throw new IllegalStateException("no code was sent to this phone");
        }
        return sent.get(sent.size() - 1).code();
    }
}

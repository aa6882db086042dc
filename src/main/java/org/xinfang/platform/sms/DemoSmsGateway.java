package org.xinfang.platform.sms;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For the demo city and for tests: nothing leaves the machine. The last message to each phone is kept in memory
 * so the portal can show a visitor the code that "was sent", clearly marked as a demonstration.
 */
public class DemoSmsGateway implements SmsGateway {

    private final Map<String, String> lastByPhone = new ConcurrentHashMap<>();

    @Override
    public void send(String phone, String text) {
        lastByPhone.put(phone, text);
    }

    @Override
    public Optional<String> shownOnScreen(String phone) {
        return lastMessageTo(phone);
    }

    public Optional<String> lastMessageTo(String phone) {
        return Optional.ofNullable(lastByPhone.get(phone));
    }
}

package org.xinfang.platform.sms;

/**
 * Text messages to phones (短信), through whatever gateway the bureau contracts. Used for verification codes on
 * the portal and, later, for notifications. Implementations never log the phone or the text.
 */
public interface SmsGateway {

    /** Sends {@code text} to {@code phone}; throws {@link SmsUnavailable} when the gateway does not take it. */
    void send(String phone, String text);

    /** The last message to {@code phone} when the gateway only pretends to send (a demonstration), to show on screen. */
    default java.util.Optional<String> shownOnScreen(String phone) {
        return java.util.Optional.empty();
    }
}

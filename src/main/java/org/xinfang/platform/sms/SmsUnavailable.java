package org.xinfang.platform.sms;

/** The SMS gateway did not accept a message; the person is told to try again later. */
public class SmsUnavailable extends RuntimeException {

    public SmsUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}

package org.xinfang.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.xinfang.platform.sms.SmsGateway;
import org.xinfang.platform.sms.SmsUnavailable;

import java.nio.charset.StandardCharsets;

/** Hands one outbox message to its channel: the SMTP server or the SMS gateway. */
@Component
class Senders {

    /** The channel did not take the message; the reason names no person. */
    static class NotDelivered extends Exception {
        NotDelivered(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final ObjectProvider<JavaMailSender> mail;
    private final SmsGateway sms;
    private final NotificationSettings settings;

    Senders(ObjectProvider<JavaMailSender> mail, SmsGateway sms, NotificationSettings settings) {
        this.mail = mail;
        this.sms = sms;
        this.settings = settings;
    }

    void send(Channel channel, String destination, String subject, String body) throws NotDelivered {
        switch (channel) {
            case EMAIL -> email(destination, subject, body);
            case SMS -> text(destination, body);
        }
    }

    private void email(String to, String subject, String body) throws NotDelivered {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new NotDelivered("mail not configured (spring.mail.host)", null);
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.mailFrom());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            sender.send(message);
        } catch (MailException | MessagingException e) {
            throw new NotDelivered(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private void text(String phone, String body) throws NotDelivered {
        try {
            sms.send(phone, body);
        } catch (SmsUnavailable e) {
            throw new NotDelivered("SMS gateway: " + e.getMessage(), e);
        }
    }
}

package dev.golive.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sends a delivery as a plain-text e-mail through the configured SMTP server. */
@ApplicationScoped
public class EmailChannel {

    @Inject
    Mailer mailer;

    /** @throws RuntimeException when the SMTP server does not take the message */
    public void send(Outgoing delivery) {
        mailer.send(Mail.withText(delivery.address(), delivery.subject(), delivery.body())
                .addHeader(Outgoing.DELIVERY_HEADER, delivery.id().toString()));
    }
}

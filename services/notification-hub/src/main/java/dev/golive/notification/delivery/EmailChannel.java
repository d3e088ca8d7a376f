package dev.golive.notification.delivery;

import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.unsubscribe.UnsubscribeLinks;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends a delivery as a multipart e-mail through the configured SMTP server: the plain text as
 * written, and the same text as simple HTML ({@link MailHtml}). A notice to a stakeholder carries a
 * one-click unsubscribe (RFC 2369 {@code List-Unsubscribe} with an https link to this hub, RFC 8058
 * {@code List-Unsubscribe-Post}); a page does not: it is duty, and the link would not stop it.
 */
@ApplicationScoped
public class EmailChannel {

    /** RFC 2369: where the reader (or their mail client) unsubscribes. */
    public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    /** RFC 8058: the link unsubscribes with one POST of this body, no page to fill in. */
    public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final Mailer mailer;
    private final UnsubscribeLinks unsubscribe;

    public EmailChannel(Mailer mailer, UnsubscribeLinks unsubscribe) {
        this.mailer = mailer;
        this.unsubscribe = unsubscribe;
    }

    /** @throws RuntimeException when the SMTP server does not take the message */
    public void send(Outgoing delivery) {
        Mail mail = Mail.withText(delivery.address(), delivery.subject(), delivery.body())
                .setHtml(MailHtml.of(delivery.subject(), delivery.body()))
                .addHeader(Outgoing.DELIVERY_HEADER, delivery.id().toString());
        if (delivery.stakeholderId() != null && delivery.kind() != NoticeKind.PAGE) {
            mail.addHeader(LIST_UNSUBSCRIBE, "<" + unsubscribe.link(delivery.stakeholderId(), delivery.cutoverId(),
                    delivery.kind()) + ">");
            mail.addHeader(LIST_UNSUBSCRIBE_POST, ONE_CLICK);
        }
        mailer.send(mail);
    }
}

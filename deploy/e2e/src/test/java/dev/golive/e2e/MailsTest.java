package dev.golive.e2e;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fault suite counts each e-mail of a delivery at the SMTP server by the id it carries. It once
 * read that id under the webhook calls' name ({@code webhook-id}, since Standard Webhooks), found it
 * in no e-mail and reported every e-mail of the two-instance weekend lost (55) although each had
 * arrived once.
 */
class MailsTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    @Test
    void an_e_mail_is_counted_by_the_delivery_id_notification_hub_puts_in_it_not_by_the_webhook_id() throws MessagingException {
        String delivery = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        MimeMessage[] received = {mail(delivery), mail(other), mail(delivery)};

        assertThat(Mails.DELIVERY_HEADER).isEqualTo("X-Golive-Delivery").isNotEqualTo(WebhookReceiver.DELIVERY);
        assertThat(Mails.count(received, delivery)).isEqualTo(2);
        assertThat(Mails.count(received, other)).isEqualTo(1);
        assertThat(Mails.count(received, UUID.randomUUID().toString())).isZero();
    }

    @Test
    void an_e_mail_without_a_delivery_id_is_an_error_not_an_e_mail_of_no_delivery() throws MessagingException {
        String delivery = UUID.randomUUID().toString();
        MimeMessage underTheWebhookName = new MimeMessage(SESSION);
        underTheWebhookName.setSubject("[Golive] a gate failed");
        underTheWebhookName.setHeader(WebhookReceiver.DELIVERY, delivery);

        assertThatThrownBy(() -> Mails.count(new MimeMessage[] {mail(delivery), underTheWebhookName}, delivery))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("an e-mail without X-Golive-Delivery (subject [Golive] a gate failed)");
    }

    private static MimeMessage mail(String deliveryId) throws MessagingException {
        MimeMessage message = new MimeMessage(SESSION);
        message.setSubject("[Golive] notice");
        message.setHeader("X-Golive-Delivery", deliveryId);
        return message;
    }
}

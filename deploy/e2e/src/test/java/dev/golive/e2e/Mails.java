package dev.golive.e2e;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The e-mails notification-hub sent, told apart at the SMTP server by the delivery id each one
 * carries. E-mails and webhook calls carry that id under different names: an e-mail in
 * {@value #DELIVERY_HEADER} (notification-hub's {@code Outgoing.DELIVERY_HEADER}), a webhook call in
 * Standard Webhooks' {@code webhook-id} ({@link WebhookReceiver#DELIVERY}) — reading an e-mail by the
 * webhook's name finds nothing, and every e-mail would look lost.
 */
final class Mails {

    static final String DELIVERY_HEADER = "X-Golive-Delivery";

    private Mails() {
    }

    /**
     * The delivery id an e-mail carries. Every e-mail notification-hub sends has one: a message
     * without it is an error here, not an e-mail of no delivery, so that a header read under the
     * wrong name fails loudly instead of counting nothing.
     */
    static String deliveryId(MimeMessage message) {
        try {
            String[] ids = message.getHeader(DELIVERY_HEADER);
            if (ids == null || ids.length == 0 || ids[0].isBlank()) {
                throw new IllegalStateException("an e-mail without " + DELIVERY_HEADER + " (subject "
                        + message.getSubject() + "): not one notification-hub sent, or its header is read under another name");
            }
            return ids[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many of the received e-mails carry this delivery id. */
    static int count(MimeMessage[] received, String deliveryId) {
        int n = 0;
        for (MimeMessage message : received) {
            if (deliveryId.equals(deliveryId(message))) {
                n++;
            }
        }
        return n;
    }
}

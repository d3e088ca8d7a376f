package dev.golive.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.golive.testkit.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the service's mailer, started once
 * per test JVM; tests read what it received.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    /** A received e-mail: to whom, the subject, the text, and the delivery id header. */
    public record Mail(String to, String subject, String text, String deliveryId) {
    }

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(Ports.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()));
    }

    @Override
    public void stop() {
        // kept for the next boot in this JVM; GreenMail's threads are daemons
    }

    /** Every e-mail received so far to {@code address}. */
    public static List<Mail> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(SmtpServer::read)
                .filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** Every e-mail received so far to {@code address}, as it came (headers and MIME parts). */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> read(m).to().equalsIgnoreCase(address)).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            String delivery = message.getHeader("X-Golive-Delivery", null);
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    text(message.getContent()), delivery);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                text.append(text(part.getContent()));
            }
            return text.toString();
        }
        return String.valueOf(content);
    }
}

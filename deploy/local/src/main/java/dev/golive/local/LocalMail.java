package dev.golive.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The platform's outgoing mail, kept on this machine: a GreenMail SMTP server that accepts every
 * message for any address, an IMAP server to read them with a mail client (any address as the
 * login, any password), and a copy of each message as an {@code .eml} file in a folder, which
 * survives a restart and opens in any mail program.
 */
final class LocalMail implements AutoCloseable {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final GreenMail greenMail;
    private final Path folder;
    private final ScheduledExecutorService copier = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "golive-mail-copier");
        thread.setDaemon(true);
        return thread;
    });
    private int copied;

    private LocalMail(GreenMail greenMail, Path folder) {
        this.greenMail = greenMail;
        this.folder = folder;
    }

    static LocalMail start(String host, int smtpPort, int imapPort, Path folder) throws IOException {
        Files.createDirectories(folder);
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP)});
        greenMail.withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        greenMail.start();
        LocalMail mail = new LocalMail(greenMail, folder);
        mail.copier.scheduleWithFixedDelay(mail::copyNew, 1, 1, TimeUnit.SECONDS);
        return mail;
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    int imapPort() {
        return greenMail.getImap().getPort();
    }

    Path folder() {
        return folder;
    }

    /** Writes the messages received since the last call as {@code <time>-<n>.eml}. */
    private synchronized void copyNew() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        for (; copied < received.length; copied++) {
            Path file = folder.resolve(LocalDateTime.now().format(FILE_TIME) + "-" + (copied + 1) + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                received[copied].writeTo(out);
            } catch (IOException | MessagingException e) {
                System.err.println("Golive: could not save a received e-mail to " + file + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        copier.shutdown();
        copyNew();
        greenMail.stop();
    }
}

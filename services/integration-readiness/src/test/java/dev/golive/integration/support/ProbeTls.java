package dev.golive.integration.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for the loopback HTTPS server of the tests, made with the JDK's
 * {@code keytool}: valid for {@value #VALID_DAYS} days (so it expires before a go-live date a week
 * or more ahead), for {@code localhost} and {@code 127.0.0.1}. The server's key store and a trust
 * store holding only that certificate are written to {@code target/probe-tls}; the service trusts
 * the latter ({@code golive.integration.probes.trust-store}) besides the JDK's anchors.
 */
public class ProbeTls implements QuarkusTestResourceLifecycleManager {

    public static final int VALID_DAYS = 3;
    public static final String PASSWORD = "golive-test";
    public static final Path DIR = Path.of("target", "probe-tls").toAbsolutePath();
    public static final Path KEY_STORE = DIR.resolve("server.p12");
    public static final Path TRUST_STORE = DIR.resolve("trust.p12");

    @Override
    public Map<String, String> start() {
        ensure();
        return Map.of("golive.integration.probes.trust-store", TRUST_STORE.toString(),
                "golive.integration.probes.trust-store-password", PASSWORD);
    }

    @Override
    public void stop() {
        // the files stay for the next boot in this build
    }

    /** Makes the key store and trust store, fresh, unless this JVM already did. */
    public static synchronized void ensure() {
        if (Boolean.getBoolean("golive.test.probe-tls.ready") && Files.exists(TRUST_STORE)) {
            return;
        }
        try {
            Files.createDirectories(DIR);
            Files.deleteIfExists(KEY_STORE);
            Files.deleteIfExists(TRUST_STORE);
            Path cert = DIR.resolve("server.cer");
            Files.deleteIfExists(cert);
            keytool("-genkeypair", "-alias", "probe", "-keyalg", "RSA", "-keysize", "2048",
                    "-dname", "CN=localhost, O=Golive tests", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                    "-validity", String.valueOf(VALID_DAYS), "-keystore", KEY_STORE.toString(),
                    "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool("-exportcert", "-alias", "probe", "-keystore", KEY_STORE.toString(), "-storepass", PASSWORD,
                    "-file", cert.toString());
            keytool("-importcert", "-noprompt", "-alias", "probe", "-file", cert.toString(),
                    "-keystore", TRUST_STORE.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
            System.setProperty("golive.test.probe-tls.ready", "true");
        } catch (IOException e) {
            throw new IllegalStateException("cannot make the test certificate", e);
        }
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool did not finish: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String output = new String(process.getInputStream().readAllBytes());
        if (process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed (" + process.exitValue() + "): " + output);
        }
    }
}

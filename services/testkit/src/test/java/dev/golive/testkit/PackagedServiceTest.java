package dev.golive.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failures a launcher must report clearly; the console's tests start real packaged services. */
class PackagedServiceTest {

    @TempDir
    Path dir;

    @Test
    void aMissingJarIsNamedWithHowToBuildIt() {
        Path jar = PackagedService.jar(dir, "cutover-planner");
        assertThatThrownBy(() -> PackagedService.builder("cutover-planner", jar).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(jar.toString())
                .hasMessageContaining("package cutover-planner first");
    }

    @Test
    void aServiceThatExitsBeforeItIsReadyFailsAtOnceWithTheEndOfItsLog() throws Exception {
        Path notAJar = Files.writeString(dir.resolve("quarkus-run.jar"), "not a jar");
        Path log = dir.resolve("logs/broken.log");
        try (PackagedService broken = PackagedService.builder("broken", notAJar).logFile(log).start()) {
            long begin = System.nanoTime();
            assertThatThrownBy(() -> broken.awaitReady(Duration.ofMinutes(2)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("broken exited with code 1")
                    .hasMessageContaining(log.toString())
                    .hasMessageContaining("jarfile");
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(60));
            assertThat(broken.isAlive()).isFalse();
            assertThat(broken.port()).isPositive();
        }
    }

    @Test
    void aKilledServiceDiesAtOnceAndStartsAgainOnItsPortWithItsLogKept() throws Exception {
        Path jar = idleJar();
        Path log = dir.resolve("logs/idle.log");
        try (PackagedService idle = PackagedService.builder("idle", jar).logFile(log).start()) {
            long firstPid = idle.pid();
            int port = idle.port();
            await(() -> Files.exists(log) && Files.readString(log).contains("idle on " + port));

            long begin = System.nanoTime();
            idle.kill();
            // SIGKILL, not SIGTERM: the shutdown hook that would print "stopped" never runs.
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(PackagedService.STOP_GRACE);
            assertThat(idle.isAlive()).isFalse();
            assertThat(Files.readString(log)).doesNotContain("stopped");

            idle.startAgain();
            assertThat(idle.isAlive()).isTrue();
            assertThat(idle.pid()).isNotEqualTo(firstPid);
            assertThat(idle.port()).isEqualTo(port);
            await(() -> Files.readString(log).split("idle on " + port, -1).length == 3);
            assertThat(Files.readString(log)).contains("idle started again");
            assertThatThrownBy(idle::startAgain).isInstanceOf(IllegalStateException.class).hasMessageContaining("still runs");
        }
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(condition);
    }

    /** A runnable jar whose main prints its port (from QUARKUS_HTTP_PORT), then idles until it is stopped. */
    private Path idleJar() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src")).resolve("Idle.java");
        Files.writeString(src, """
                public class Idle {
                    public static void main(String[] args) throws Exception {
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("stopped")));
                        System.out.println("idle on " + System.getenv("QUARKUS_HTTP_PORT"));
                        new java.util.concurrent.CountDownLatch(1).await(); // idles until the process is stopped
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertThat(compiled).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Idle");
        Path jar = dir.resolve("idle.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.putNextEntry(new JarEntry("Idle.class"));
            jarOut.write(Files.readAllBytes(classes.resolve("Idle.class")));
            jarOut.closeEntry();
        }
        return jar;
    }
}

package dev.golive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What else loads this machine: the load averages of {@code /proc/loadavg}, as {@code uptime} shows them. */
final class Machine {

    static String uptime() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return "load average " + f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private Machine() {
    }
}

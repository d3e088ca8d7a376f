package dev.golive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of the platform's processes, read from Linux's {@code /proc}: the
 * CPU time of a process is its {@code utime + stime} (fields 14 and 15 of {@code /proc/<pid>/stat},
 * in clock ticks, {@code getconf CLK_TCK} per second). PostgreSQL is its postmaster and every child
 * of it alive at the reading, plus the postmaster's {@code cutime + cstime} (fields 16 and 17): the
 * time of the backends that already exited, so connections that come and go are not missed.
 */
final class ProcessMeter {

    private final Map<String, Long> pids;
    private final long postmaster;
    private final double ticksPerSecond;

    /**
     * @param pids       name → pid of each process measured on its own (the services, the test JVM)
     * @param postmaster PostgreSQL's postmaster pid, or 0 for none
     */
    ProcessMeter(Map<String, Long> pids, long postmaster) {
        this.pids = new LinkedHashMap<>(pids);
        this.postmaster = postmaster;
        this.ticksPerSecond = clockTicks();
    }

    /** This meter and one more process, measured on its own under {@code name}. */
    ProcessMeter and(String name, long pid) {
        Map<String, Long> more = new LinkedHashMap<>(pids);
        more.put(name, pid);
        return new ProcessMeter(more, postmaster);
    }

    /** The name under which PostgreSQL's CPU time is reported. */
    static final String POSTGRES = "postgresql";

    /** CPU seconds used so far by each process (PostgreSQL as one). */
    Map<String, Double> cpuSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> seconds.put(name, ticks(pid, false) / ticksPerSecond));
        if (postmaster > 0) {
            long ticks = ticks(postmaster, true);
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path proc : (Iterable<Path>) procs::iterator) {
                    String name = proc.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit)) {
                        long pid = Long.parseLong(name);
                        if (parent(pid) == postmaster) {
                            ticks += ticks(pid, false);
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot list /proc", e);
            }
            seconds.put(POSTGRES, ticks / ticksPerSecond);
        }
        return seconds;
    }

    /** Resident memory in MB of each process measured on its own ({@code VmRSS} of {@code /proc/<pid>/status}). */
    Map<String, Double> residentMegabytes() {
        Map<String, Double> rss = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss.put(name, Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
                    }
                }
            } catch (IOException gone) {
                rss.put(name, Double.NaN);
            }
        });
        return rss;
    }

    /** The parent of a process, from {@code /proc/<pid>/stat}'s 4th field; -1 when it is gone. */
    static long parent(long pid) {
        String[] f = statFields(pid);
        return f == null ? -1 : Long.parseLong(f[1]);
    }

    /** utime + stime (+ cutime + cstime), in ticks; 0 for a process gone since it was listed. */
    private static long ticks(long pid, boolean withChildren) {
        String[] f = statFields(pid);
        if (f == null) {
            return 0;
        }
        // f[0] is the state (field 3), so field n is f[n - 3].
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (withChildren) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        return ticks;
    }

    /** The fields of {@code /proc/<pid>/stat} after the command name (which may hold spaces). */
    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static double clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return Double.parseDouble(out);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read CLK_TCK with getconf", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

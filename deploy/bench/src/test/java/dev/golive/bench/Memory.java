package dev.golive.bench;

/** Scenario 4: the resident memory of each service ({@code VmRSS}), idle after start and after the load. */
final class Memory {

    static final String SCENARIO = "4 memory";

    static void record(Figures figures, ProcessMeter meter, String when) {
        meter.residentMegabytes().forEach((process, mb) -> {
            if (!Cpu.TEST_JVM.equals(process)) {
                figures.add(SCENARIO, "resident " + when + ", " + process, "MB", mb);
            }
        });
    }

    private Memory() {
    }
}

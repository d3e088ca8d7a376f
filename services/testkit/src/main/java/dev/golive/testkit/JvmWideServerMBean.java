package dev.golive.testkit;

/**
 * A JVM-wide test server as the platform MBean server knows it ({@link JvmWide}): plain JDK types
 * only, so a copy of the testkit in another class loader can start and stop it.
 */
public interface JvmWideServerMBean {

    int getPort();

    int getOtherPort();

    boolean isRunning();

    void start();

    void stop();
}

package dev.golive.planner.domain;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.TimeZone;

/**
 * Runs a test class with the JVM default zone set to one no cutover under test uses
 * (Pacific/Chatham, +12:45/+13:45), whatever the machine or the IDE says, and puts the previous
 * default back afterwards. Code that leans on the default zone shows up as a failure.
 */
public final class ForeignDefaultZone implements BeforeAllCallback, AfterAllCallback {

    public static final String ZONE = "Pacific/Chatham";

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ForeignDefaultZone.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("previous", TimeZone.getDefault());
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TimeZone.setDefault(context.getStore(NS).remove("previous", TimeZone.class));
    }
}

package dev.golive.messaging.testapp;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Where the test application's spans go instead of an OTLP collector: the extension exports to every
 * {@code SpanExporter} bean, and a test reads what was exported.
 */
@ApplicationScoped
public class TestSpans {

    @Produces
    @Singleton
    @Unremovable
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}

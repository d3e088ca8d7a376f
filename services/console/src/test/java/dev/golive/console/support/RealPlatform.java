package dev.golive.console.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * The one set of test resources of this module (so every test class shares one console boot):
 * the testkit's servers and the backend services, see {@link BackendServices}.
 */
@QuarkusTestResource(BackendServices.class)
public final class RealPlatform {
    private RealPlatform() {
    }
}

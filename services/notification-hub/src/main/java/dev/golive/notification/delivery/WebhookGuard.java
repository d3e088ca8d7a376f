package dev.golive.notification.delivery;

import dev.golive.edge.address.AddressGuard;
import dev.golive.notification.NotificationConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The address guard of webhook targets, configured once ({@code golive.notification.webhooks.*},
 * the same two settings as integration-readiness's probes): on in production, where a target
 * resolving to loopback, private, link-local … addresses is refused unless an administrator allows
 * its host; off in dev and test, whose receivers run on this machine.
 */
@ApplicationScoped
public class WebhookGuard {

    @Produces
    @Singleton
    AddressGuard guard(NotificationConfig config, AddressGuard.Resolver resolver) {
        NotificationConfig.Webhooks webhooks = config.webhooks();
        return new AddressGuard(webhooks.productionGuard(), webhooks.allowedHosts().orElse(List.of()), resolver);
    }

    /** The system's resolver; tests put one of their own in its place. */
    @Produces
    @DefaultBean
    @Singleton
    AddressGuard.Resolver resolver() {
        return AddressGuard.Resolver.system();
    }
}

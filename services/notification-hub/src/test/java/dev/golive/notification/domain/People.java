package dev.golive.notification.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Stakeholders for the tests, after the demo realm's users. */
final class People {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private People() {
    }

    static Recipient person(String id, String username, StakeholderRole role, Optional<String> email,
                            List<WebhookTarget> webhooks, List<Subscription> subscriptions) {
        return new Recipient(id, username, role, LONDON, Locale.ENGLISH, email, webhooks, subscriptions);
    }

    /** Someone with an e-mail address, no webhook, and the defaults of their role. */
    static Recipient withDefaults(String id, String username, StakeholderRole role) {
        return person(id, username, role, Optional.of(username + "@example.com"), List.of(),
                DefaultSubscriptions.forRole(role, Set.of(Channel.EMAIL, Channel.FEED)));
    }

    static Recipient olivia() {
        return withDefaults("s-olivia", "olivia", StakeholderRole.OPS_LEAD);
    }

    static Recipient oscar() {
        return withDefaults("s-oscar", "oscar", StakeholderRole.ON_CALL);
    }

    static Recipient nina() {
        return withDefaults("s-nina", "nina", StakeholderRole.ON_CALL);
    }

    static Recipient tess() {
        return withDefaults("s-tess", "tess", StakeholderRole.TESTER);
    }

    static Recipient sam() {
        return withDefaults("s-sam", "sam", StakeholderRole.BUSINESS_STAKEHOLDER);
    }
}

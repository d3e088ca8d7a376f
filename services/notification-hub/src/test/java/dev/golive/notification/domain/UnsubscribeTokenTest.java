package dev.golive.notification.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An unsubscribe link is honoured only as this hub signed it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnsubscribeTokenTest {

    private static final byte[] SECRET = "a secret of the hub".getBytes(StandardCharsets.UTF_8);
    private static final UnsubscribeToken SAM = new UnsubscribeToken(UUID.randomUUID(), UUID.randomUUID(),
            NoticeKind.WINDOW_MOVED);

    @Test
    void a_token_signed_by_the_hub_names_the_person_the_cutover_and_the_kind() {
        assertThat(UnsubscribeToken.verify(SAM.sign(SECRET), SECRET)).contains(SAM);
    }

    @Test
    void an_edited_a_foreign_or_a_malformed_token_is_refused() {
        String token = SAM.sign(SECRET);
        String claims = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        UnsubscribeToken someoneElse = new UnsubscribeToken(UUID.randomUUID(), SAM.cutoverId(), SAM.kind());
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + someoneElse.stakeholderId() + ":"
                + SAM.cutoverId() + ":WINDOW_MOVED").getBytes(StandardCharsets.UTF_8)) + "." + signature;

        assertThat(UnsubscribeToken.verify(forged, SECRET)).isEmpty();
        assertThat(UnsubscribeToken.verify(token, "another secret".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(UnsubscribeToken.verify(claims + "." + signature.substring(1), SECRET)).isEmpty();
        assertThat(UnsubscribeToken.verify(claims, SECRET)).isEmpty();
        assertThat(UnsubscribeToken.verify(token + ".x", SECRET)).isEmpty();
        assertThat(UnsubscribeToken.verify("%%%.###", SECRET)).isEmpty();
        assertThat(UnsubscribeToken.verify(null, SECRET)).isEmpty();
        assertThat(UnsubscribeToken.verify("", SECRET)).isEmpty();
    }

    @Test
    void its_text_never_shows_the_signature() {
        String token = SAM.sign(SECRET);
        assertThat(SAM.toString()).doesNotContain(token.substring(token.indexOf('.') + 1));
    }
}

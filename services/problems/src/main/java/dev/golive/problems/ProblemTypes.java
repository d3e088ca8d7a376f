package dev.golive.problems;

import java.net.URI;

/** Problem type URIs; each names a kind of problem documented in the service README. */
final class ProblemTypes {

    private static final String BASE = "https://golive.dev/problems/";

    static URI of(String slug) {
        return URI.create(BASE + slug);
    }

    private ProblemTypes() {
    }
}

package dev.golive.kubernetes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each overlay rendered once per test run (kubectl takes about a second). */
final class Overlays {

    static final CodeFacts CODE = CodeFacts.ofRepository();
    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

    static Rendered rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay,
                name -> Rendered.overlay(CODE.root().resolve("deploy/kubernetes/overlays").resolve(name)));
    }

    private Overlays() {
    }
}

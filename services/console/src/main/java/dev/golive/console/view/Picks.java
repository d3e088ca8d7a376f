package dev.golive.console.view;

import io.quarkus.qute.TemplateExtension;

import java.util.Arrays;
import java.util.Collection;

/**
 * Whether a choice is among those picked ({@code {#if pick:has(t.areas, a)}checked{/if}}): the picks
 * as a service answered them (a list) or as a form sent them back (comma-separated text).
 */
@TemplateExtension(namespace = "pick")
public final class Picks {

    private Picks() {
    }

    public static boolean has(Object picked, Object choice) {
        if (picked == null || choice == null) {
            return false;
        }
        if (picked instanceof Collection<?> list) {
            return list.stream().anyMatch(p -> String.valueOf(p).equals(choice.toString()));
        }
        return Arrays.asList(picked.toString().split(",")).contains(choice.toString());
    }
}

package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The rules of a {@link Tester}; violations name the field as in the JSON body, bare for one
 * tester ({@code maxHours}), with the position for a set ({@code testers[1].maxHours}).
 * <ul>
 *   <li>a non-blank {@code id} of at most {@value #MAX_ID} characters and a non-blank {@code name}
 *       of at most {@value #MAX_NAME};</li>
 *   <li>a {@code username} (the login) of letters, digits and {@code . _ @ -}, at most
 *       {@value #MAX_USERNAME} characters;</li>
 *   <li>a non-blank {@code contact} (an address or a number) of at most {@value #MAX_CONTACT};</li>
 *   <li>a {@code zone} that is an IANA region id ({@code Europe/Brussels}); a bare offset such as
 *       {@code +02:00} is not a time zone;</li>
 *   <li>at least one area in {@code areas};</li>
 *   <li>{@code availability} present (it may be empty: someone who cannot test this weekend); each
 *       slot with a start and an end, the start before the end, and no two slots overlapping
 *       (slots that only touch are fine);</li>
 *   <li>{@code maxHours} from {@value #MIN_HOURS} to {@value #MAX_HOURS};</li>
 *   <li>in a set: no two testers share an id, nor a username (compared ignoring case).</li>
 * </ul>
 */
public final class TesterRules {

    public static final int MAX_ID = 100;
    public static final int MAX_NAME = 200;
    public static final int MAX_USERNAME = 100;
    public static final int MAX_CONTACT = 200;
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 48;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");

    private TesterRules() {
    }

    public static List<FieldViolation> check(Tester tester) {
        if (tester == null) {
            return List.of(new FieldViolation("tester", "is required"));
        }
        return check(tester, "");
    }

    public static List<FieldViolation> check(List<Tester> testers) {
        if (testers == null) {
            return List.of(new FieldViolation("testers", "is required"));
        }
        List<FieldViolation> v = new ArrayList<>();
        Map<String, Integer> firstWithId = new HashMap<>();
        Map<String, Integer> firstWithUsername = new HashMap<>();
        for (int i = 0; i < testers.size(); i++) {
            String prefix = "testers[" + i + "]";
            Tester t = testers.get(i);
            if (t == null) {
                v.add(new FieldViolation(prefix, "is required"));
                continue;
            }
            v.addAll(check(t, prefix + "."));
            if (present(t.id())) {
                Integer first = firstWithId.putIfAbsent(t.id(), i);
                if (first != null) {
                    v.add(new FieldViolation(prefix + ".id", "is the id of testers[" + first + "] too"));
                }
            }
            if (present(t.username())) {
                Integer first = firstWithUsername.putIfAbsent(t.username().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    v.add(new FieldViolation(prefix + ".username", "is the username of testers[" + first + "] too"));
                }
            }
        }
        return List.copyOf(v);
    }

    /** Whether {@code zone} is an IANA region id known to this JVM. */
    public static boolean validZone(String zone) {
        return zone != null && ZoneId.getAvailableZoneIds().contains(zone);
    }

    private static List<FieldViolation> check(Tester t, String prefix) {
        List<FieldViolation> v = new ArrayList<>();
        text(v, prefix + "id", t.id(), MAX_ID);
        text(v, prefix + "name", t.name(), MAX_NAME);
        if (!present(t.username())) {
            v.add(new FieldViolation(prefix + "username", "is required"));
        } else if (t.username().length() > MAX_USERNAME) {
            v.add(new FieldViolation(prefix + "username",
                    "must be at most " + MAX_USERNAME + " characters, was " + t.username().length()));
        } else if (!USERNAME.matcher(t.username()).matches()) {
            v.add(new FieldViolation(prefix + "username",
                    "must be a login of letters, digits and . _ @ -, was \"" + t.username() + "\""));
        }
        text(v, prefix + "contact", t.contact(), MAX_CONTACT);
        if (!present(t.zone())) {
            v.add(new FieldViolation(prefix + "zone", "is required"));
        } else if (!validZone(t.zone())) {
            v.add(new FieldViolation(prefix + "zone", "must be an IANA time zone such as Europe/Brussels, was \""
                    + t.zone() + "\""));
        }
        if (t.areas() == null || t.areas().isEmpty()) {
            v.add(new FieldViolation(prefix + "areas", "must name at least one area"));
        }
        if (t.availability() == null) {
            v.add(new FieldViolation(prefix + "availability", "is required (it may be empty)"));
        } else {
            slots(v, prefix + "availability", t.availability());
        }
        if (t.maxHours() < MIN_HOURS || t.maxHours() > MAX_HOURS) {
            v.add(new FieldViolation(prefix + "maxHours",
                    "must be from " + MIN_HOURS + " to " + MAX_HOURS + ", was " + t.maxHours()));
        }
        return v;
    }

    /**
     * The rules of a list of slots named {@code field} ({@code availability}, or the staging
     * availability): each with a start before its end, none overlapping another.
     */
    public static List<FieldViolation> checkSlots(String field, List<Slot> slots) {
        List<FieldViolation> v = new ArrayList<>();
        slots(v, field, slots);
        return v;
    }

    private static void slots(List<FieldViolation> v, String field, List<Slot> slots) {
        List<Integer> sound = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            String at = field + "[" + i + "]";
            if (s.start() == null) {
                v.add(new FieldViolation(at + ".start", "is required"));
            }
            if (s.end() == null) {
                v.add(new FieldViolation(at + ".end", "is required"));
            }
            if (s.start() != null && s.end() != null) {
                if (s.start().isBefore(s.end())) {
                    sound.add(i);
                } else {
                    v.add(new FieldViolation(at + ".end", "must be after its start (" + s.start() + "), was " + s.end()));
                }
            }
        }
        // Each overlapping pair once, named on the later of the two in the list.
        List<Integer> byStart = new ArrayList<>(sound);
        byStart.sort(Comparator.comparing((Integer i) -> slots.get(i).start()).thenComparing(i -> i));
        List<int[]> overlaps = new ArrayList<>();
        IntStream.range(0, byStart.size()).forEach(a -> {
            for (int b = a + 1; b < byStart.size(); b++) {
                Slot first = slots.get(byStart.get(a));
                Slot second = slots.get(byStart.get(b));
                if (!second.start().isBefore(first.end())) {
                    break;
                }
                overlaps.add(new int[] {Math.max(byStart.get(a), byStart.get(b)), Math.min(byStart.get(a), byStart.get(b))});
            }
        });
        overlaps.sort(Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> o[1]));
        overlaps.forEach(o -> v.add(new FieldViolation(field + "[" + o[0] + "]", "overlaps " + field + "[" + o[1] + "]")));
    }

    private static void text(List<FieldViolation> v, String field, String value, int max) {
        if (!present(value)) {
            v.add(new FieldViolation(field, "is required"));
        } else if (value.length() > max) {
            v.add(new FieldViolation(field, "must be at most " + max + " characters, was " + value.length()));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

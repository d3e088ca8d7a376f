package dev.golive.staging.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the upgrade summary an administrator pastes from Discuss (the message the platform posts
 * after an upgrade) into summary items: disabled views, disabled automated actions (automation rules
 * since 17), changed fields and configuration changes, each with the model and field it names.
 *
 * <p>The text is read line by line. A heading ("Views disabled during the upgrade", "The following
 * automated actions have been disabled:", "3. Changed fields", "Settings to review") sets the kind of
 * the entries under it; an entry is a bulleted or numbered line under a heading, or any line that names
 * its kind itself ("Field `x_foo` on model `sale.order` was removed", "Automation rule … was
 * deactivated"), or a line under a heading that names a technical model, field or record. The
 * greeting, the report's title and its closing advice are recognised and skipped. Every other
 * non-blank line is returned as unparsed, with its number and why: nothing is dropped silently.
 *
 * <p>Line ends may be LF, CRLF or CR; bullets may be {@code - * • · – —}, numbering {@code 1.}
 * {@code 1)} {@code (1)} {@code a)}. What the text may hold at all (length, control characters) is
 * {@link #check(String)}.
 */
public final class UpgradeSummaryParser {

    /** The longest summary accepted, in characters: a long summary of a large database fits well within it. */
    public static final int MAX_TEXT = 100_000;
    /** An unparsed line is echoed back up to this many characters (the line number says where the rest is). */
    public static final int MAX_ECHO = 500;

    /** One entry understood: the line it came from and the item it makes. */
    public record Entry(int line, SummaryItemKind kind, String model, String field, String description) {
    }

    /** A non-blank line that is neither an entry, a heading nor boilerplate. */
    public record Unparsed(int line, String text, String why) {
    }

    public record Result(List<Entry> entries, List<Unparsed> unparsed) {
    }

    private static final String NAME = "[a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+";
    private static final String Q = "[`'\"“”‘’]?";

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•·–—+]\\s+|\\(?\\d{1,3}[.)]\\s+|\\(?[a-z][)]\\s+)");
    private static final Pattern LONE_BULLET = Pattern.compile("[-*•·–—+]+");
    private static final Pattern SYMBOL_BULLET = Pattern.compile("^[-*•·–—+]\\s+");

    private static final Pattern AUTOMATION = Pattern.compile(
            "\\b(automated actions?|automation rules?|automations?|server actions?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIEW = Pattern.compile("\\bviews?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD_WORD = Pattern.compile("\\bfields?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONFIGURATION = Pattern.compile("\\b(configuration|settings?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISABLED = Pattern.compile("\\b(disabled|deactivated|archived|turned off)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD_CHANGE = Pattern.compile("\\b(renamed|removed|deleted|dropped|changed type"
            + "|type changed|changed (?:from|its)|no longer exists|is now (?:required|computed|stored|read-?only))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Something technical named on the line: quoted or back-ticked text, a dotted name, a custom field. */
    private static final Pattern IDENTIFIER = Pattern.compile("`[^`]+`|[\"“”][^\"“”]+[\"“”]|\\b" + NAME
            + "\\b|\\bx_[a-z0-9_]+\\b");

    private static final Pattern LABELLED_MODEL = Pattern.compile("\\bmodels?\\s*[:=]?\\s*" + Q + "(" + NAME + ")"
            + Q, Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED_MODEL = Pattern.compile("\\[(" + NAME + "|x_[a-z0-9_]+)]");
    private static final Pattern PARENTHESISED_NAME = Pattern.compile("\\((" + NAME + ")\\)");
    private static final Pattern LEADING_MODEL = Pattern.compile("^" + Q + "(" + NAME + ")" + Q
            + "\\s*:\\s*(?:the\\s+)?fields?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_MODEL = Pattern.compile("\\bon\\s+(?:the\\s+)?" + Q + "(" + NAME + ")" + Q
            + "(?:\\s|$|[.,;:)])", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_FIELD = Pattern.compile("\\bfield\\s*:?\\s*" + Q + "([a-z_][a-z0-9_]*)" + Q
            + "(?=\\s|$|[.,;:)])", Pattern.CASE_INSENSITIVE);

    /** The greeting, titles and closing advice of the message, in the wording of 16 to 19. */
    private static final List<Pattern> BOILERPLATE = List.of(
            Pattern.compile("^odoo ?bot\\b.*"),
            Pattern.compile("^congratulations\\b.*"),
            Pattern.compile(".*\\b(has|have) been (successfully )?upgraded to odoo\\b.*"),
            Pattern.compile(".*\\bwas (successfully )?upgraded to odoo\\b.*"),
            Pattern.compile("^(the )?upgrade (report|summary)( for [^:]*)?:?$"),
            Pattern.compile("^upgrade to odoo [0-9.]+( \\(.*\\))? (completed|finished|done|succeeded)\\b.*"),
            Pattern.compile("^(here is|below is|this is) (a|the) summary\\b.*"),
            Pattern.compile("^the upgrade summary below\\b.*"),
            Pattern.compile("^(please )?(review|check) (them|these|the (items|changes|entries)( below)?)\\b.*"),
            Pattern.compile("^if you (need help|have (any )?questions)\\b.*"),
            Pattern.compile("^questions\\?.*"),
            Pattern.compile("^(see|read) the upgrade documentation\\b.*"),
            Pattern.compile("^nothing (else )?to report\\.?$"),
            Pattern.compile("^(today|yesterday)( at)? \\d{1,2}:\\d{2}( ?[ap]m)?$"),
            Pattern.compile("^\\d{1,2}:\\d{2}( ?[ap]m)?$"));

    private UpgradeSummaryParser() {
    }

    /** What makes the text unacceptable as a whole (too long, a control character), named {@code field}. */
    public static List<FieldViolation> check(String text, String field) {
        List<FieldViolation> v = new ArrayList<>();
        if (text == null || text.isBlank()) {
            v.add(new FieldViolation(field, "is required: paste the upgrade summary message"));
            return List.copyOf(v);
        }
        if (text.length() > MAX_TEXT) {
            v.add(new FieldViolation(field, "must be at most " + MAX_TEXT + " characters, was " + text.length()));
            return List.copyOf(v);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                v.add(new FieldViolation(field, String.format(
                        "must not contain control characters other than tab and line ends (U+%04X at position %d)",
                        (int) c, i)));
                break;
            }
        }
        return List.copyOf(v);
    }

    /** Every entry understood and every line that was not, in the order of the text. */
    public static Result parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<Unparsed> unparsed = new ArrayList<>();
        if (text == null) {
            return new Result(List.of(), List.of());
        }
        String[] lines = LINE_BREAK.split(text.replace('\uFEFF', ' ').replace('\u00A0', ' '), -1);
        SummaryItemKind section = null;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || LONE_BULLET.matcher(line).matches()) {
                continue; // a blank line, or a bullet alone on its line
            }
            Matcher bullet = BULLET.matcher(line);
            boolean listed = bullet.find();
            String content = (listed ? line.substring(bullet.end()) : line).replace("**", "").strip();
            if (content.isEmpty()) {
                continue; // a number alone on its line
            }
            if (boilerplate(content)) {
                continue;
            }
            Optional<SummaryItemKind> heading = SYMBOL_BULLET.matcher(line).find() ? Optional.empty() : heading(content);
            if (heading.isPresent()) {
                section = heading.get();
                continue;
            }
            Optional<SummaryItemKind> own = ownKind(content);
            SummaryItemKind kind = own.orElse(section);
            if (kind == null) {
                unparsed.add(unparsed(number, line, "not under a heading the parser knows, and it does not say"
                        + " itself that a view or automated action was disabled or a field changed"));
                continue;
            }
            if (own.isEmpty() && !listed && !IDENTIFIER.matcher(content).find()) {
                unparsed.add(unparsed(number, line, "under " + label(kind).toLowerCase(Locale.ROOT) + "s, but neither"
                        + " a list entry nor naming a model, field or record"));
                continue;
            }
            String model = model(content, kind);
            String field = kind == SummaryItemKind.CHANGED_FIELD ? field(content) : null;
            String description = own.isPresent() ? content : label(kind) + ": " + content;
            SummaryItem item = new SummaryItem(null, kind, model, field, description, null, SummaryItemStatus.OPEN);
            List<FieldViolation> violations = SummaryItemRules.check(item);
            if (!violations.isEmpty()) {
                unparsed.add(unparsed(number, line, "read as a " + kind + ", but " + violations.stream()
                        .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "))));
                continue;
            }
            entries.add(new Entry(number, kind, model, field, description));
        }
        return new Result(List.copyOf(entries), List.copyOf(unparsed));
    }

    private static boolean boilerplate(String content) {
        String lower = content.toLowerCase(Locale.ROOT);
        return BOILERPLATE.stream().anyMatch(p -> p.matcher(lower).matches());
    }

    /**
     * The kind of the entries under a heading: a line that names nothing technical and is either
     * short or introduces a list (ends with a colon).
     */
    private static Optional<SummaryItemKind> heading(String content) {
        if (IDENTIFIER.matcher(content).find() || content.length() > 160) {
            return Optional.empty();
        }
        boolean introduces = content.endsWith(":");
        boolean shortTitle = content.replaceAll("[:.]$", "").strip().split("\\s+").length <= 6;
        if (!introduces && !shortTitle) {
            return Optional.empty();
        }
        boolean disabled = DISABLED.matcher(content).find();
        if (AUTOMATION.matcher(content).find() && (disabled || shortTitle)) {
            return Optional.of(SummaryItemKind.DISABLED_AUTOMATED_ACTION);
        }
        if (VIEW.matcher(content).find() && (disabled || shortTitle)) {
            return Optional.of(SummaryItemKind.DISABLED_VIEW);
        }
        if (FIELD_WORD.matcher(content).find()) {
            return Optional.of(SummaryItemKind.CHANGED_FIELD);
        }
        if (CONFIGURATION.matcher(content).find()) {
            return Optional.of(SummaryItemKind.CONFIGURATION_CHANGE);
        }
        return Optional.empty();
    }

    /** The kind a line states itself, whatever heading it is under. */
    private static Optional<SummaryItemKind> ownKind(String content) {
        boolean disabled = DISABLED.matcher(content).find();
        if (disabled && AUTOMATION.matcher(content).find()) {
            return Optional.of(SummaryItemKind.DISABLED_AUTOMATED_ACTION);
        }
        if (disabled && VIEW.matcher(content).find()) {
            return Optional.of(SummaryItemKind.DISABLED_VIEW);
        }
        if (FIELD_WORD.matcher(content).find() && FIELD_CHANGE.matcher(content).find()
                && NAMED_FIELD.matcher(content).find()) {
            return Optional.of(SummaryItemKind.CHANGED_FIELD);
        }
        return Optional.empty();
    }

    /**
     * The model a line names: labelled ({@code on model sale.order}, {@code model: sale.order}), in
     * brackets ({@code [sale.order]}), before "field" ({@code sale.order: field x}), after "on", or a
     * dotted name in parentheses that looks like a model rather than a record's xml id (an xml id's
     * record name has underscores: {@code (sale_custom.view_order_form)}).
     */
    private static String model(String content, SummaryItemKind kind) {
        for (Pattern p : List.of(LABELLED_MODEL, BRACKETED_MODEL, LEADING_MODEL)) {
            Matcher m = p.matcher(content);
            if (m.find()) {
                return m.group(1);
            }
        }
        Matcher paren = PARENTHESISED_NAME.matcher(content);
        while (paren.find()) {
            String name = paren.group(1);
            if (!name.substring(name.indexOf('.') + 1).contains("_")) {
                return name;
            }
        }
        if (kind == SummaryItemKind.CHANGED_FIELD || kind == SummaryItemKind.DISABLED_AUTOMATED_ACTION) {
            Matcher on = ON_MODEL.matcher(content);
            if (on.find()) {
                return on.group(1);
            }
        }
        return null;
    }

    private static String field(String content) {
        Matcher m = NAMED_FIELD.matcher(content);
        return m.find() ? m.group(1) : null;
    }

    private static String label(SummaryItemKind kind) {
        return switch (kind) {
            case DISABLED_VIEW -> "Disabled view";
            case DISABLED_AUTOMATED_ACTION -> "Disabled automated action";
            case CHANGED_FIELD -> "Changed field";
            case CONFIGURATION_CHANGE -> "Configuration change";
            case OTHER -> "Other";
        };
    }

    private static Unparsed unparsed(int number, String line, String why) {
        String text = line.length() <= MAX_ECHO ? line : line.substring(0, MAX_ECHO) + "…";
        return new Unparsed(number, text, why);
    }
}

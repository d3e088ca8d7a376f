package dev.golive.staging.domain;

import dev.golive.problems.field.FieldViolation;
import dev.golive.staging.domain.UpgradeSummaryParser.Entry;
import dev.golive.staging.domain.UpgradeSummaryParser.Result;
import dev.golive.staging.domain.UpgradeSummaryParser.Unparsed;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.golive.staging.domain.SummaryItemKind.CHANGED_FIELD;
import static dev.golive.staging.domain.SummaryItemKind.CONFIGURATION_CHANGE;
import static dev.golive.staging.domain.SummaryItemKind.DISABLED_AUTOMATED_ACTION;
import static dev.golive.staging.domain.SummaryItemKind.DISABLED_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The parser on summaries written in the wording of three upgrades (samples under test resources). */
class UpgradeSummaryParserTest {

    static String sample(String name) {
        try (InputStream in = UpgradeSummaryParserTest.class.getResourceAsStream("/upgrade-summaries/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_16_to_17_summary_gives_views_actions_fields_and_settings_and_reports_a_field_without_its_model() {
        Result result = UpgradeSummaryParser.parse(sample("odoo-16-to-17.txt"));

        assertThat(result.entries()).extracting(Entry::line, Entry::kind, Entry::model, Entry::field).containsExactly(
                tuple(9, DISABLED_VIEW, "sale.order", null),
                tuple(10, DISABLED_VIEW, "res.partner", null),
                tuple(11, DISABLED_VIEW, null, null),
                tuple(14, DISABLED_AUTOMATED_ACTION, "sale.order", null),
                tuple(15, DISABLED_AUTOMATED_ACTION, "helpdesk.ticket", null),
                tuple(18, CHANGED_FIELD, "stock.picking", "x_delivery_note"),
                tuple(19, CHANGED_FIELD, "sale.order", "x_margin_pct"),
                tuple(20, CHANGED_FIELD, "account.move", "x_customer_ref"),
                tuple(24, CONFIGURATION_CHANGE, null, null),
                tuple(25, CONFIGURATION_CHANGE, null, null));
        assertThat(result.entries().get(0).description())
                .isEqualTo("Disabled view: View \"Sale Order Form - Margin\" (sale_margin_custom.view_order_form_margin)"
                        + " on model sale.order");
        assertThat(result.entries().get(5).description())
                .isEqualTo("Field `x_delivery_note` on model `stock.picking` was removed");
        assertThat(result.entries().get(8).description())
                .isEqualTo("Configuration change: The default incoterm setting was reset; check Settings > Accounting.");
        // A changed field must name its model: the line is shown, not dropped and not half-made.
        assertThat(result.unparsed()).extracting(Unparsed::line, Unparsed::text)
                .containsExactly(tuple(21, "- Field `x_legacy_code` was removed"));
        assertThat(result.unparsed().get(0).why()).contains("CHANGED_FIELD", "model");
    }

    @Test
    void the_17_to_18_summary_with_numbered_headings_nested_numbering_bullets_and_blank_lines() {
        Result result = UpgradeSummaryParser.parse(sample("odoo-17-to-18.txt"));

        assertThat(result.entries()).extracting(Entry::line, Entry::kind, Entry::model, Entry::field).containsExactly(
                tuple(5, DISABLED_VIEW, "sale.order", null),
                tuple(6, DISABLED_VIEW, "mrp.production", null),
                tuple(9, DISABLED_AUTOMATED_ACTION, "account.move", null),
                tuple(13, CHANGED_FIELD, "sale.order.line", "x_discount_label"),
                tuple(14, CHANGED_FIELD, "res.partner", "x_vat_check"),
                tuple(16, CONFIGURATION_CHANGE, null, null),
                tuple(17, CONFIGURATION_CHANGE, null, null));
        // An automation rule that mentions a removed field is still a disabled automation rule.
        assertThat(result.entries().get(2).description()).startsWith("Automation rule \"Escalate overdue invoices\"");
        assertThat(result.entries().get(3).description()).isEqualTo("sale.order.line: field x_discount_label was removed");
        assertThat(result.unparsed()).isEmpty();
    }

    @Test
    void the_18_to_19_summary_with_bracketed_models_and_quotes_reports_the_lines_it_does_not_know() {
        Result result = UpgradeSummaryParser.parse(sample("odoo-18-to-19.txt"));

        assertThat(result.entries()).extracting(Entry::line, Entry::kind, Entry::model, Entry::field).containsExactly(
                tuple(5, DISABLED_VIEW, "account.move", null),
                tuple(6, DISABLED_VIEW, "stock.picking", null),
                tuple(9, DISABLED_AUTOMATED_ACTION, "crm.lead", null),
                tuple(10, DISABLED_AUTOMATED_ACTION, "project.task", null),
                tuple(13, CHANGED_FIELD, "project.project", "x_project_code"),
                tuple(14, CHANGED_FIELD, "product.template", "x_weight_kg"),
                tuple(15, CHANGED_FIELD, "helpdesk.ticket", "x_studio_priority"),
                tuple(18, CONFIGURATION_CHANGE, null, null),
                tuple(19, CONFIGURATION_CHANGE, null, null));
        assertThat(result.entries().get(2).description())
                .isEqualTo("Disabled automated action: [crm.lead] Send welcome email on new lead");
        assertThat(result.unparsed()).extracting(Unparsed::line, Unparsed::text).containsExactly(
                tuple(2, "Note: the upgrade took 41 minutes"),
                tuple(22, "Something strange nobody expects here"));
        assertThat(result.unparsed().get(0).why()).contains("not under a heading");
        assertThat(result.unparsed().get(1).why()).contains("configuration change", "neither a list entry");
    }

    @Test
    void windows_and_old_mac_line_ends_give_the_same_entries_on_the_same_lines() {
        String unix = sample("odoo-16-to-17.txt");
        Result lf = UpgradeSummaryParser.parse(unix);
        Result crlf = UpgradeSummaryParser.parse(unix.replace("\n", "\r\n"));
        Result cr = UpgradeSummaryParser.parse("\uFEFF" + unix.replace("\n", "\r"));

        assertThat(crlf).isEqualTo(lf);
        assertThat(cr).isEqualTo(lf);
    }

    @Test
    void a_line_that_states_its_kind_is_read_without_a_heading_and_lines_are_numbered_from_one() {
        Result result = UpgradeSummaryParser.parse("""
                The automated action "Close stale leads" on model crm.lead was disabled
                \t
                View sale_custom.view_order_form_x on model sale.order was deactivated
                Field x_rank on model res.partner is now required
                -
                what is this?
                """);

        assertThat(result.entries()).extracting(Entry::line, Entry::kind, Entry::model, Entry::field).containsExactly(
                tuple(1, DISABLED_AUTOMATED_ACTION, "crm.lead", null),
                tuple(3, DISABLED_VIEW, "sale.order", null),
                tuple(4, CHANGED_FIELD, "res.partner", "x_rank"));
        assertThat(result.unparsed()).extracting(Unparsed::line, Unparsed::text).containsExactly(tuple(6, "what is this?"));
    }

    @Test
    void every_unknown_line_is_reported_and_none_is_dropped() {
        String text = "alpha\nbeta gamma\n\n  delta  \nFields\n- nothing technical here? still an entry\n"
                + "this is plain prose, written under the fields heading\n";
        Result result = UpgradeSummaryParser.parse(text);

        assertThat(result.unparsed()).extracting(Unparsed::line, Unparsed::text).containsExactly(
                tuple(1, "alpha"), tuple(2, "beta gamma"), tuple(4, "delta"),
                tuple(6, "- nothing technical here? still an entry"),
                tuple(7, "this is plain prose, written under the fields heading"));
        // Under "Fields" a list entry is a changed field, which needs a model and a field.
        assertThat(result.unparsed().get(3).why()).contains("model", "field");
        assertThat(result.entries()).isEmpty();
    }

    @Test
    void a_line_too_long_for_a_description_is_reported_shortened() {
        String longLine = "- " + "y".repeat(3000);
        Result result = UpgradeSummaryParser.parse("Configuration changes\n" + longLine);

        assertThat(result.entries()).isEmpty();
        assertThat(result.unparsed()).hasSize(1);
        assertThat(result.unparsed().get(0).line()).isEqualTo(2);
        assertThat(result.unparsed().get(0).text()).hasSize(UpgradeSummaryParser.MAX_ECHO + 1).endsWith("…");
        assertThat(result.unparsed().get(0).why()).contains("description", "2000");
    }

    @Test
    void hostile_text_is_refused_by_the_check_control_characters_and_size() {
        assertThat(fields(UpgradeSummaryParser.check("Fields\n- Field `a` on model `b.c` was removed\r\n\tok", "text")))
                .isEmpty();
        assertThat(UpgradeSummaryParser.check("Views\u0000 disabled", "text")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("U+0000", "position 5"));
        assertThat(fields(UpgradeSummaryParser.check("escape \u001b[31m red", "text"))).containsExactly("text");
        assertThat(fields(UpgradeSummaryParser.check("c1 \u0085 next line", "text"))).containsExactly("text");
        assertThat(fields(UpgradeSummaryParser.check("x".repeat(UpgradeSummaryParser.MAX_TEXT), "text"))).isEmpty();
        assertThat(UpgradeSummaryParser.check("x".repeat(UpgradeSummaryParser.MAX_TEXT + 1), "text")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("100000"));
        assertThat(fields(UpgradeSummaryParser.check("  \n ", "text"))).containsExactly("text");
        assertThat(fields(UpgradeSummaryParser.check(null, "text"))).containsExactly("text");
        // The parser itself copes with what it is given, however large.
        Result huge = UpgradeSummaryParser.parse("Fields\n" + "- Field `x_a` on model `sale.order` was removed\n"
                .repeat(2000));
        assertThat(huge.entries()).hasSize(2000);
    }

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }
}

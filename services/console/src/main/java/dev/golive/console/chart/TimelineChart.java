package dev.golive.console.chart;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a timeline chart (an inline SVG drawn by a page): one row per lane (a runbook
 * task, a phase of the weekend, a tester, an on-call person) with its spans as bars, vertical lines
 * for now and the weekend's deadlines, and an axis in one zone. The runbook board and the weekend
 * page draw the same chart from different lanes ({@code runbook/RunbookChart}, {@code page/WeekendChart}).
 *
 * <p>Every position is computed from instants, never from wall-clock arithmetic: a day is as wide as
 * it lasts (the Sunday the clocks go back is 25 hours wide, and its 02:00 comes twice), and each
 * tick is labelled with the local time it falls on in the chart's zone.
 */
public final class TimelineChart {

    /** The SVG's user units: the page scales it to its width. */
    public static final int WIDTH = 1000;
    /** Left column holding the task titles. */
    public static final int LABELS = 230;
    static final int RIGHT = 12;
    /** Two lines of axis above the rows: the days, then the hours. */
    public static final int AXIS = 52;
    public static final int ROW = 30;
    /** One line of marker labels below the rows. */
    static final int MARKER_LINE = 14;
    /** The least room between two hour labels, in user units. */
    static final double LABEL_ROOM = 44;
    private static final int[] STEPS_IN_HOURS = {1, 2, 3, 6, 12, 24};
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR_ZONE = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);

    /**
     * Something that lasts, to draw in a lane: {@code kind} {@value #PLANNED} is a thin bar on top of the
     * row; any other kind (actual, failed, projected, assignment, shift…: the page's stylesheet colours
     * each) a thicker bar below it. {@code what} says it in words ("Planned", "Running since").
     */
    public record Span(String kind, String what, Instant start, Instant end) {
    }

    /** A row of the chart: {@code emphasis} draws its title in bold (the critical path, the viewer's own row). */
    public record Lane(String id, String title, String status, boolean emphasis, List<Span> spans) {
    }

    /** A vertical line at an instant: {@code kind} now, point-of-no-return, business-resume, go-no-go… */
    public record Mark(String kind, String label, Instant at) {
    }

    /** The kind of span drawn as the plan (thin, on top). */
    public static final String PLANNED = "planned";

    /** A bar as drawn: where, how big, and its tooltip. */
    public record Bar(String kind, double x, double y, double width, double height, String title) {
    }

    public record Row(String id, String title, String status, boolean critical, double y, List<Bar> bars) {
        /** Where the row's title sits (its baseline). */
        public double textY() {
            return y + ROW / 2.0 + 4;
        }
    }

    /**
     * A vertical line across the rows: {@code kind} now, point-of-no-return or business-resume. Its
     * label goes below the rows, each marker on a line of its own (they are often close together),
     * ending at the line when the line is in the right half of the chart.
     */
    public record Marker(String kind, String label, double x, String title, double labelY, boolean labelBefore) {
        public double labelX() {
            return labelBefore ? x - 3 : x + 3;
        }

        public String anchor() {
            return labelBefore ? "end" : "start";
        }
    }

    /** An hour tick: {@code line} 0 or 1 (a label too close to the previous one goes one line lower). */
    public record Tick(double x, String label, int line, String title) {
        public double labelY() {
            return 34 + line * 12;
        }
    }

    /** A local day of the chart's zone, as wide as it lasts ({@code hours} 23, 24 or 25). */
    public record Day(double x, double width, String label, long hours) {
        public double labelX() {
            return x + 4;
        }

        /** Only a day shown wide enough for its name is labelled (its band still says it in its title). */
        public boolean labelled() {
            return width >= 80;
        }
    }

    private final ZoneId zone;
    private final Instant from;
    private final Instant to;
    private final List<Row> rows;
    private final List<Marker> markers;
    private final List<Tick> ticks;
    private final List<Day> days;
    private final int stepHours;

    private TimelineChart(ZoneId zone, Instant from, Instant to, List<Row> rows, List<Marker> markers,
                          List<Tick> ticks, List<Day> days, int stepHours) {
        this.zone = zone;
        this.from = from;
        this.to = to;
        this.rows = rows;
        this.markers = markers;
        this.ticks = ticks;
        this.days = days;
        this.stepHours = stepHours;
    }

    /**
     * The chart of {@code lanes} (top to bottom) in {@code zone}, with {@code now} and {@code marks}
     * (a mark with a null instant is left out); null when no lane has a time to draw.
     */
    public static TimelineChart of(List<Lane> lanes, ZoneId zone, Instant now, List<Mark> marks) {
        Instant first = null;
        Instant last = null;
        for (Lane lane : lanes) {
            for (Span span : lane.spans()) {
                for (Instant at : new Instant[]{span.start(), span.end()}) {
                    if (at != null) {
                        first = first == null || at.isBefore(first) ? at : first;
                        last = last == null || at.isAfter(last) ? at : last;
                    }
                }
            }
        }
        if (first == null) {
            return null;
        }
        for (Mark mark : marks) {
            if (mark.at() != null) {
                first = mark.at().isBefore(first) ? mark.at() : first;
                last = mark.at().isAfter(last) ? mark.at() : last;
            }
        }
        // now is drawn when it falls near the weekend, but does not stretch a plan weeks away to today
        Duration span = Duration.between(first, last);
        Duration pad = span.dividedBy(40).compareTo(Duration.ofMinutes(30)) > 0 ? span.dividedBy(40) : Duration.ofMinutes(30);
        Instant from = first.minus(pad);
        Instant to = last.plus(pad);
        if (now != null && !now.isBefore(from.minus(span)) && now.isBefore(from)) {
            from = now.minus(pad);
        }
        if (now != null && !now.isAfter(to.plus(span)) && now.isAfter(to)) {
            to = now.plus(pad);
        }
        Scale scale = new Scale(from, to);

        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            rows.add(row(lanes.get(i), AXIS + i * ROW, scale, zone));
        }
        List<Marker> markers = new ArrayList<>();
        double below = AXIS + lanes.size() * ROW;
        marker(markers, "now", "now", now, scale, zone, below);
        for (Mark mark : marks) {
            marker(markers, mark.kind(), mark.label(), mark.at(), scale, zone, below);
        }
        int step = step(scale);
        return new TimelineChart(zone, from, to, List.copyOf(rows), List.copyOf(markers), ticks(scale, zone, step),
                days(scale, zone), step);
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Marker> markers() {
        return markers;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    public List<Day> days() {
        return days;
    }

    public int stepHours() {
        return stepHours;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return AXIS + rows.size() * ROW + MARKER_LINE * Math.max(1, markers.size()) + 8;
    }

    /** Where the rows end (the bottom of the marker lines). */
    public int plotBottom() {
        return AXIS + rows.size() * ROW;
    }

    public int plotLeft() {
        return LABELS;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    /** The x of an instant, or -1 outside the chart. */
    public double x(Instant at) {
        Scale scale = new Scale(from, to);
        return at == null || at.isBefore(from) || at.isAfter(to) ? -1 : scale.x(at);
    }

    /** A short text saying what the chart shows, for its accessible description. */
    public String summary() {
        return rows.size() + " rows from " + WHEN.format(from.atZone(zone)) + " to " + WHEN.format(to.atZone(zone))
                + "; times in " + zone.getId();
    }

    private static Row row(Lane lane, double y, Scale scale, ZoneId zone) {
        List<Bar> bars = new ArrayList<>();
        for (Span span : lane.spans()) {
            bar(bars, span, y, scale, zone);
        }
        return new Row(lane.id(), lane.title(), lane.status(), lane.emphasis(), y, List.copyOf(bars));
    }

    private static void bar(List<Bar> bars, Span span, double rowY, Scale scale, ZoneId zone) {
        Instant start = span.start();
        Instant end = span.end();
        if (start == null || end == null || end.isBefore(start)) {
            return;
        }
        String kind = span.kind();
        String what = span.what();
        double x = scale.x(start);
        // a task that took no time still shows as a sliver
        double width = Math.max(2, scale.x(end) - x);
        boolean plan = PLANNED.equals(kind);
        bars.add(new Bar(kind, round(x), rowY + (plan ? 5 : 15), round(width), plan ? 8 : 10, what + ": " + WHEN.format(start.atZone(zone)) + " → "
                + WHEN.format(end.atZone(zone))));
    }

    private static void marker(List<Marker> markers, String kind, String label, Instant at, Scale scale, ZoneId zone,
                               double below) {
        if (at != null && !at.isBefore(scale.from) && !at.isAfter(scale.to)) {
            double x = scale.x(at);
            markers.add(new Marker(kind, label, round(x), label + ": " + WHEN.format(at.atZone(zone)),
                    below + MARKER_LINE * (markers.size() + 1) - 2, x > LABELS + (WIDTH - RIGHT - LABELS) / 2.0));
        }
    }

    /** The smallest step in hours whose ticks leave room for their labels. */
    static int step(Scale scale) {
        double hours = Duration.between(scale.from, scale.to).toMinutes() / 60.0;
        double plot = WIDTH - RIGHT - LABELS;
        for (int step : STEPS_IN_HOURS) {
            if (plot / (hours / step) >= LABEL_ROOM) {
                return step;
            }
        }
        return 24;
    }

    /**
     * A tick on every instant whose local time in {@code zone} is a whole multiple of {@code step}
     * hours. Candidates are every quarter hour (zones with half- and quarter-hour offsets included); a
     * wall-clock hour that happens twice (clocks going back) gets two ticks, one that never happens
     * (clocks going forward) none. The zone's abbreviation is added where the offset changes.
     */
    static List<Tick> ticks(Scale scale, ZoneId zone, int step) {
        List<Tick> ticks = new ArrayList<>();
        Instant at = scale.from.truncatedTo(ChronoUnit.HOURS);
        ZoneOffset previousOffset = null;
        double lastLabelX = Double.NEGATIVE_INFINITY;
        while (!at.isAfter(scale.to)) {
            if (!at.isBefore(scale.from)) {
                ZonedDateTime local = at.atZone(zone);
                if (local.getMinute() == 0 && local.getHour() % step == 0) {
                    boolean offsetChanged = previousOffset != null && !previousOffset.equals(local.getOffset());
                    String label = (ticks.isEmpty() || offsetChanged ? HOUR_ZONE : HOUR).format(local);
                    double x = scale.x(at);
                    int line = x - lastLabelX < LABEL_ROOM ? 1 : 0;
                    ticks.add(new Tick(round(x), label, line, WHEN.format(local)));
                    lastLabelX = line == 0 ? x : lastLabelX;
                    previousOffset = local.getOffset();
                }
            }
            at = at.plus(15, ChronoUnit.MINUTES);
        }
        return List.copyOf(ticks);
    }

    /** The local days the chart spans, each from its midnight to the next (clipped to the chart). */
    static List<Day> days(Scale scale, ZoneId zone) {
        List<Day> days = new ArrayList<>();
        LocalDate date = scale.from.atZone(zone).toLocalDate();
        while (true) {
            Instant start = date.atStartOfDay(zone).toInstant();
            if (!start.isBefore(scale.to)) {
                break;
            }
            Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
            Instant shownFrom = start.isBefore(scale.from) ? scale.from : start;
            Instant shownTo = end.isAfter(scale.to) ? scale.to : end;
            long hours = Duration.between(start, end).toHours();
            days.add(new Day(round(scale.x(shownFrom)), round(scale.x(shownTo) - scale.x(shownFrom)),
                    DAY.format(date) + (hours != 24 ? " (" + hours + " h)" : ""), hours));
            date = date.plusDays(1);
        }
        return List.copyOf(days);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Instants to x between the label column and the right edge. */
    record Scale(Instant from, Instant to) {
        double x(Instant at) {
            double total = Duration.between(from, to).toMillis();
            double offset = Duration.between(from, at).toMillis();
            return LABELS + (WIDTH - RIGHT - LABELS) * (offset / total);
        }
    }
}

package dev.golive.console.page;

import io.quarkus.qute.TemplateData;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A month of go-live weekends as a grid: weeks as rows, Monday first, days in the viewer's zone. Each
 * day carries what falls on it: go-live weekends (downtime start to business resume, a conflict when
 * another cutover's weekend overlaps), each cutover's blackouts, the public holidays of the cutovers'
 * holiday calendars by name, and the organisation's freeze periods. Blackout, holiday and freeze dates
 * are calendar dates as the planner holds them (local to each business), shown on that date.
 */
@TemplateData
public record CalendarMonth(YearMonth month, String zone, List<Week> weeks, List<String> withoutHolidayCalendar) {

    /** One row of the grid, Monday to Sunday. */
    @TemplateData
    public record Week(List<Day> days) {
    }

    /** A day of the grid; {@code inMonth} false for the days of the weeks' ends that belong to the next or previous month. */
    @TemplateData
    public record Day(LocalDate date, boolean inMonth, boolean today, List<Mark> marks) {

        public String iso() {
            return date.toString();
        }

        public int dayOfMonth() {
            return date.getDayOfMonth();
        }

        public String weekday() {
            return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
    }

    /** Something on a day: {@code kind} is golive, conflict, blackout, holiday or freeze (also its CSS class). */
    @TemplateData
    public record Mark(String kind, String text, String cutoverId) {
    }

    /** A public holiday of one holiday calendar (country and optional subdivision). */
    public record Holiday(LocalDate date, String name, String calendar) {
    }

    public String title() {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    public String previous() {
        return month.minusMonths(1).toString();
    }

    public String previousTitle() {
        return month.minusMonths(1).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + month.minusMonths(1).getYear();
    }

    public String next() {
        return month.plusMonths(1).toString();
    }

    public String nextTitle() {
        return month.plusMonths(1).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + month.plusMonths(1).getYear();
    }

    /** The first day the grid shows: the Monday on or before the first of the month. */
    public static LocalDate gridStart(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The last day the grid shows: the Sunday on or after the last of the month. */
    public static LocalDate gridEnd(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /** The holiday calendar of a cutover as the planner names it ("BE", "DE-BY"), or null when it has none. */
    @SuppressWarnings("unchecked")
    static String holidayCalendar(Map<String, Object> cutover) {
        if (!(cutover.get("holidayCalendar") instanceof Map<?, ?> calendar) || calendar.get("country") == null) {
            return null;
        }
        Object subdivision = calendar.get("subdivision");
        return calendar.get("country") + (subdivision == null ? "" : "-" + subdivision);
    }

    /**
     * The month for the cutovers as the planner lists them (cancelled ones left out), the holidays of
     * their calendars and the freeze periods, seen from {@code zone} on {@code today}.
     */
    @SuppressWarnings("unchecked")
    static CalendarMonth of(YearMonth month, ZoneId zone, LocalDate today, List<Map<String, Object>> cutovers,
                            List<Holiday> holidays, List<Map<String, Object>> freezes) {
        LocalDate first = gridStart(month);
        LocalDate last = gridEnd(month);
        Map<LocalDate, List<Mark>> marks = new LinkedHashMap<>();

        // every weekend, past ones included: a month back shows what went live then
        List<CalendarEntry> entries = CalendarEntry.of(cutovers, Instant.EPOCH);
        for (CalendarEntry e : entries) {
            String name = String.valueOf(e.cutover().get("name"));
            String id = String.valueOf(e.cutover().get("id"));
            if (e.scheduled() && e.end() != null) {
                LocalDate from = LocalDate.ofInstant(e.start(), zone);
                LocalDate to = LocalDate.ofInstant(e.end(), zone);
                String text = e.hasConflicts()
                        ? "Conflict: " + name + " and " + String.join(", ", e.conflicts())
                        : "Go-live: " + name;
                between(marks, from, to, first, last, new Mark(e.hasConflicts() ? "conflict" : "golive", text, id));
            }
            if (e.cutover().get("blackouts") instanceof List<?> blackouts) {
                for (Object b : blackouts) {
                    Map<String, Object> blackout = (Map<String, Object>) b;
                    Object reason = blackout.get("reason");
                    between(marks, LocalDate.parse(blackout.get("from").toString()),
                            LocalDate.parse(blackout.get("to").toString()), first, last,
                            new Mark("blackout", "Blackout" + (reason == null ? "" : ": " + reason) + " (" + name + ")", id));
                }
            }
        }
        for (Holiday h : holidays) {
            between(marks, h.date(), h.date(), first, last, new Mark("holiday", h.name() + " (holiday, " + h.calendar() + ")", null));
        }
        for (Map<String, Object> f : freezes) {
            List<String> scope = new ArrayList<>();
            if (f.get("client") != null) {
                scope.add("client " + f.get("client"));
            }
            if (f.get("team") != null) {
                scope.add("team " + f.get("team"));
            }
            between(marks, LocalDate.parse(f.get("from").toString()), LocalDate.parse(f.get("to").toString()), first, last,
                    new Mark("freeze", "Freeze: " + f.get("name") + " (" + (scope.isEmpty() ? "every cutover"
                            : String.join(", ", scope)) + ")", null));
        }

        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            List<Day> days = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                days.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
                        List.copyOf(marks.getOrDefault(date, List.of()))));
            }
            weeks.add(new Week(days));
        }
        List<String> without = entries.stream().filter(e -> holidayCalendar(e.cutover()) == null)
                .map(e -> String.valueOf(e.cutover().get("name"))).distinct().toList();
        return new CalendarMonth(month, zone.getId(), weeks, without);
    }

    private static void between(Map<LocalDate, List<Mark>> marks, LocalDate from, LocalDate to, LocalDate first,
                                LocalDate last, Mark mark) {
        Objects.requireNonNull(mark, "mark");
        LocalDate day = from.isBefore(first) ? first : from;
        LocalDate end = to.isAfter(last) ? last : to;
        for (; !day.isAfter(end); day = day.plusDays(1)) {
            marks.computeIfAbsent(day, d -> new ArrayList<>()).add(mark);
        }
    }
}

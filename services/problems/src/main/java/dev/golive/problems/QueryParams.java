package dev.golive.problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters read by hand, so that a wrong value is a 422 naming the parameter rather
 * than the 404 JAX-RS gives for a parameter it cannot convert.
 */
public final class QueryParams {

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private QueryParams() {
    }
}

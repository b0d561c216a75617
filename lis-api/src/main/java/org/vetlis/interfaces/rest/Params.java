package org.vetlis.interfaces.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.vetlis.lab.domain.shared.InvalidInputException;

/**
 * Reading request parameters and bodies the same way in every resource: blank means absent, times are ISO 8601 with
 * an offset, coded values are enum names in any case; anything else is a 422 naming the field.
 */
public final class Params {

    private Params() {
    }

    /** {@code value}, or null when it is missing or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The request body, which must be there. */
    public static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
        return body;
    }

    /** An ISO 8601 time with offset, or null when absent. */
    public static OffsetDateTime time(String field, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "is not an ISO 8601 time with offset, e.g. 2026-11-24T08:00:00Z");
        }
    }

    /** One of {@code type}'s constants, named in any case; null when absent. */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be one of " + List.of(type.getEnumConstants()));
        }
    }
}

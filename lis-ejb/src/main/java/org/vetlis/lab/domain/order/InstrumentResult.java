package org.vetlis.lab.domain.order;

/**
 * One result as an analyzer reported it, already matched to a catalogue test.
 *
 * @param instrumentCode which analyzer
 * @param value          the value as sent (R.4, first component), e.g. {@code 5.4}, {@code 7,41}, {@code <3.00}
 * @param unit           as sent (R.5), or empty
 * @param flags          the analyzer's abnormal flags as sent (R.7), kept apart from VetLIS's own
 * @param status         the analyzer's result status (R.9): informative only, it never verifies anything
 * @param range          the reference range the analyzer printed (R.6, OBX-7), as sent: not VetLIS's species range
 * @param comment        the analyzer's comments on the result (C records, NTE), or empty
 */
public record InstrumentResult(String instrumentCode, String value, String unit, String flags, String status, String range,
                               String comment) {
}

package org.vetlis.connector.astm.profile;

import org.vetlis.connector.astm.codec.AstmRecord;

/**
 * Where an analyzer puts its own test code in the universal test ID (R.3, O.5: {@code id^name^type^local code}).
 * Most send {@code ^^^GLU} (component 4); Sysmex XN sends {@code ^^^^WBC^1} (the first non-empty component from
 * 4 on is taken, so both read without configuration); Mindray CL sends {@code 1^CA125^^F} (component 2). A
 * repeat that has nothing from that component on gives its first non-empty component. VITROS wraps the code
 * with dilutions, {@code ^^^1.0+300+1.0À+2.0}: the code is the second segment from the end (plus-segment -2).
 *
 * @param component   1-based component to start from
 * @param plusSegment segment of a {@code +}-joined code to take: 1-based from the start, or negative from the end
 *                    (-1 the last); 0 takes the code whole
 */
public record TestCodeRule(int component, int plusSegment) {

    public static final TestCodeRule STANDARD = new TestCodeRule(4, 0);

    public TestCodeRule {
        if (component < 1 || component > 10 || plusSegment < -5 || plusSegment > 5) {
            throw new IllegalArgumentException("test code component must be 1 to 10 and plus-segment -5 to 5");
        }
    }

    /** The analyzer's code for the test in field {@code field} (repeat {@code repeat}) of {@code record}; empty if none. */
    public String code(AstmRecord record, int field, int repeat) {
        String code = firstFrom(record, field, repeat, component);
        if (code.isEmpty()) {
            code = firstFrom(record, field, repeat, 1);
        }
        return plusSegment(code, plusSegment);
    }

    /**
     * Segment {@code plusSegment} of a {@code +}-joined code (1-based from the start, negative from the end); the code
     * whole when {@code plusSegment} is 0 or it has no {@code +}; empty when there is no such segment.
     */
    public static String plusSegment(String code, int plusSegment) {
        if (plusSegment == 0 || code.indexOf('+') < 0) {
            return code;
        }
        String[] segments = code.split("\\+", -1);
        int index = plusSegment > 0 ? plusSegment - 1 : segments.length + plusSegment;
        return index >= 0 && index < segments.length ? segments[index].strip() : "";
    }

    private static String firstFrom(AstmRecord record, int field, int repeat, int from) {
        for (int c = from; c <= from + 6; c++) {
            String value = record.component(field, repeat, c).strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}

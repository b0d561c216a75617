package org.vetlis.connector.hl7.profile;

import org.vetlis.connector.astm.profile.TestCodeRule;

/**
 * Where an analyzer puts its own test code in an OBX segment. Most send it in OBX-3 component 1
 * ({@code WBC^White blood cells^99MRC}, or a LOINC with the local code elsewhere); some put a channel number in
 * OBX-3 and the name the lab maps in OBX-4 (Mindray CL: {@code 1} and {@code CA125}). Some wrap the code with
 * dilution steps joined by {@code +} ({@code 1.0+330+1.0}): plus-segment picks the part that is the code.
 *
 * @param field       OBX field: 3 (observation identifier) or 4 (observation sub-id)
 * @param component   1-based component of that field
 * @param plusSegment segment of a {@code +}-joined code to take: 1-based from the start, negative from the end, 0 the whole
 */
public record Hl7CodeRule(int field, int component, int plusSegment) {

    public static final Hl7CodeRule STANDARD = new Hl7CodeRule(3, 1, 0);

    public Hl7CodeRule {
        if (field != 3 && field != 4) {
            throw new IllegalArgumentException("the test code is in OBX-3 or OBX-4");
        }
        if (component < 1 || component > 6 || plusSegment < -5 || plusSegment > 5) {
            throw new IllegalArgumentException("test code component must be 1 to 6 and plus-segment -5 to 5");
        }
    }

    /** The code in {@code value} (the configured component as sent), unwrapped; empty when there is none. */
    public String code(String value) {
        return TestCodeRule.plusSegment(value == null ? "" : value.strip(), plusSegment);
    }
}

package org.vetlis.lab.domain.messagelog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What of an analyzer message may leave VetLIS in an export: an allowlist of segments (HL7) or records (ASTM), each
 * kept whole ({@code OBX}) or with only the fields named ({@code PID-35}, {@code P-2}: the others emptied, so every
 * field stays where it was). Anything not listed is dropped, including segments nobody foresaw (a vendor's Z
 * segment with the owner's name in it). The default keeps the laboratory content and drops the patient: PID, NK1,
 * PV1 and the ASTM P record's fields. Scrubbing works on the text alone, so a message no parser can read is
 * scrubbed all the same. Immutable.
 *
 * <p>Fields are numbered as each standard numbers them: in HL7 {@code MSH-1} is the field separator and
 * {@code PID-3} the third field after the segment name; in ASTM the record type is field 1, so {@code P-2} is the
 * sequence number.
 */
public final class ExportAllowlist {

    private static final Pattern ENTRY = Pattern.compile("([A-Z][A-Z0-9]{0,2})(?:-(\\d{1,3}))?");

    private static final String HL7_DEFAULT = "MSH,MSA,ERR,QAK,QRD,QRF,QPD,RCP,SPM,SAC,INV,TCD,ORC,OBR,OBX,NTE,TQ1,EQU,DSC";
    private static final String ASTM_DEFAULT = "H,P-2,O,R,C,M,Q,S,L";

    private final boolean hl7;
    /** Segment name → the fields kept; an empty set keeps the segment whole. */
    private final Map<String, Set<Integer>> allowed;

    private ExportAllowlist(boolean hl7, Map<String, Set<Integer>> allowed) {
        this.hl7 = hl7;
        this.allowed = allowed;
    }

    /** The protocol's default: laboratory content kept, the patient dropped. */
    public static ExportAllowlist defaultFor(String protocol) {
        return parse(protocol, isHl7(protocol) ? HL7_DEFAULT : ASTM_DEFAULT);
    }

    /**
     * @param listed segments or fields separated by commas or spaces, e.g. {@code MSH, OBR, OBX, PID-35, PID-36}
     * @throws IllegalArgumentException naming an entry that is neither
     */
    public static ExportAllowlist parse(String protocol, String listed) {
        Map<String, Set<Integer>> fields = new LinkedHashMap<>();
        Set<String> whole = new HashSet<>();
        for (String entry : listed.toUpperCase(Locale.ROOT).split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw new IllegalArgumentException("export.allow: '" + entry + "' is neither a segment (OBX) nor a field (PID-35)");
            }
            Set<Integer> listedFields = fields.computeIfAbsent(m.group(1), s -> new TreeSet<>());
            if (m.group(2) == null) {
                whole.add(m.group(1));
            } else {
                listedFields.add(Integer.parseInt(m.group(2)));
            }
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("export.allow lists nothing");
        }
        Map<String, Set<Integer>> allowed = new LinkedHashMap<>();
        fields.forEach((segment, kept) -> allowed.put(segment, whole.contains(segment) ? Set.of() : Set.copyOf(kept)));
        return new ExportAllowlist(isHl7(protocol), Map.copyOf(allowed));
    }

    private static boolean isHl7(String protocol) {
        return "HL7".equalsIgnoreCase(protocol);
    }

    /** The message with only what the list allows; segments end in CR, as they are stored. */
    public String scrub(String message) {
        char separator = fieldSeparator(message);
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\r\n|\r|\n")) {
            int end = line.indexOf(separator);
            String name = (end < 0 ? line : line.substring(0, end)).strip();
            if (!hl7 && name.length() == 2 && Character.isDigit(name.charAt(0))) {
                name = name.substring(1); // a frame number still in front of the record type
            }
            Set<Integer> fields = allowed.get(name.toUpperCase(Locale.ROOT));
            if (fields == null || line.isBlank()) {
                continue;
            }
            kept.add(fields.isEmpty() ? line : only(line, separator, fields, name.equals(hl7 ? "MSH" : "H")));
        }
        return kept.stream().map(l -> l + "\r").collect(Collectors.joining());
    }

    /** The line with every field not in {@code fields} emptied. */
    private String only(String line, char separator, Set<Integer> fields, boolean header) {
        String[] parts = line.split(Pattern.quote(String.valueOf(separator)), -1);
        for (int i = 1; i < parts.length; i++) {
            // field n is at index n in HL7, n - 1 in MSH (MSH-1 is the separator itself) and in ASTM (field 1 is the type)
            int field = hl7 && !header ? i : i + 1;
            if (!fields.contains(field) && !(header && i == 1)) { // the header's delimiters (MSH-2, H.2) always stay
                parts[i] = "";
            }
        }
        return String.join(String.valueOf(separator), parts);
    }

    /** HL7: the character after MSH; ASTM: the one after H; '|' when the message has no header to say. */
    private char fieldSeparator(String message) {
        String start = message.stripLeading();
        if (hl7) {
            return start.startsWith("MSH") && start.length() > 3 ? start.charAt(3) : '|';
        }
        int h = start.indexOf('H');
        return h >= 0 && h <= 1 && start.length() > h + 1 ? start.charAt(h + 1) : '|';
    }

    @Override
    public String toString() {
        return allowed.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getValue().stream().map(f -> e.getKey() + "-" + f)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(","));
    }
}

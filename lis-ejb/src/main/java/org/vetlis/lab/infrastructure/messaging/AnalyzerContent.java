package org.vetlis.lab.infrastructure.messaging;

import java.util.List;

import org.vetlis.lab.domain.messagelog.MessageKind;
import org.vetlis.lab.domain.patient.ReportedAnimal;

/**
 * What an analyzer message says in the lab's terms, whatever protocol carried it (ASTM or HL7): its kind, the
 * specimens it names and each result with the analyzer's code for it. Everything after reading (code mapping,
 * matching, exactly-once, quarantine) works on this alone.
 *
 * @param kind      results, query, QC or other
 * @param results   the results in the order they were sent
 * @param sampleIds the specimen barcodes named, cleaned by the instrument's profile
 * @param animal    the species and breed the analyzer sent, if it did
 */
record AnalyzerContent(MessageKind kind, List<Reported> results, List<String> sampleIds, ReportedAnimal animal) {

    AnalyzerContent {
        results = List.copyOf(results);
        sampleIds = List.copyOf(sampleIds);
    }

    /** Content naming no animal. */
    AnalyzerContent(MessageKind kind, List<Reported> results, List<String> sampleIds) {
        this(kind, results, sampleIds, ReportedAnimal.UNSTATED);
    }

    /**
     * One result as reported, before it is matched to anything.
     *
     * @param sampleId     the specimen barcode it belongs to
     * @param analyzerCode the analyzer's test code
     * @param range        the reference range the analyzer printed beside it (ASTM R.6, HL7 OBX-7), as sent
     * @param status       the analyzer's result status (ASTM R.9, HL7 OBX-11)
     * @param completedAt  when the analyzer completed it, as sent (ASTM R.13, HL7 OBX-19 or OBX-14); empty when none
     * @param comment      the analyzer's comments on it (ASTM C records, HL7 NTE segments after it), one per line
     */
    record Reported(String sampleId, String analyzerCode, String value, String unit, String range, String flags, String status,
                    String completedAt, String comment, Control control) {

        /** A patient's result, or a control's known by its specimen id only. */
        Reported(String sampleId, String analyzerCode, String value, String unit, String range, String flags, String status,
                 String completedAt, String comment) {
            this(sampleId, analyzerCode, value, unit, range, flags, status, completedAt, comment, Control.UNSTATED);
        }

        /** This result with one more comment line. */
        Reported withComment(String line) {
            String text = line.strip();
            return text.isEmpty() ? this : new Reported(sampleId, analyzerCode, value, unit, range, flags, status, completedAt,
                    comment.isEmpty() ? text : comment + "\n" + text, control);
        }

        /** This result as a control's, of the lot and level named. */
        Reported asControl(Control named) {
            return new Reported(sampleId, analyzerCode, value, unit, range, flags, status, completedAt, comment, named);
        }
    }

    /** The control lot and level a QC result names (the {@code test^lot^level} of a Q record after it), when it does. */
    record Control(String lot, String level) {

        static final Control UNSTATED = new Control("", "");
    }

    /** The kind a message has from what it holds. */
    static MessageKind kindOf(boolean query, boolean qc, List<Reported> results) {
        return query ? MessageKind.QUERY : qc ? MessageKind.QC : results.isEmpty() ? MessageKind.OTHER : MessageKind.RESULTS;
    }
}

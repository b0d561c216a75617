package org.vetlis.lab.infrastructure.messaging;

import java.util.ArrayList;
import java.util.List;

import org.vetlis.connector.astm.codec.AstmMessage;
import org.vetlis.connector.astm.codec.AstmRecord;
import org.vetlis.connector.astm.profile.AstmProfile;
import org.vetlis.lab.domain.messagelog.MessageKind;

/**
 * Reads an ASTM message into {@link AnalyzerContent}: which kind of message it is, and each result with the specimen
 * and the analyzer's test code it belongs to. Pure: the profile says where the analyzer puts things.
 */
final class AstmContent {

    private AstmContent() {
    }

    /** Reads the messages of one delivery (normally one, H to L). */
    static AnalyzerContent read(List<AstmMessage> messages, AstmProfile profile) {
        List<AnalyzerContent.Reported> results = new ArrayList<>();
        List<String> samples = new ArrayList<>();
        boolean query = false;
        boolean qc = false;
        for (AstmMessage message : messages) {
            qc |= "Q".equalsIgnoreCase(message.header().value(12));
            String sample = "";
            boolean afterResult = false;
            for (AstmRecord r : message.records()) {
                boolean controlOfResult = r.type() == 'Q' && afterResult;
                if (r.type() != 'C' && r.type() != 'R') {
                    afterResult = false; // a comment after a patient or an order record is about it, not about a result
                }
                switch (r.type()) {
                    case 'Q' -> {
                        if (controlOfResult) {
                            // not a host query: some simulators and bridges name a QC result's control as test^lot^level
                            qc = true;
                            int last = results.size() - 1;
                            results.set(last, results.get(last).asControl(new AnalyzerContent.Control(r.component(3, 1, 2).strip(),
                                    r.component(3, 1, 3).strip())));
                        } else {
                            query = true;
                            profile.sampleId().fromQuery(r).forEach(samples::add);
                        }
                    }
                    case 'O' -> {
                        sample = profile.sampleId().fromOrder(r);
                        qc |= "Q".equalsIgnoreCase(r.value(12));
                        if (!sample.isEmpty() && !samples.contains(sample)) {
                            samples.add(sample);
                        }
                    }
                    case 'R' -> {
                        results.add(new AnalyzerContent.Reported(sample, profile.testCode().code(r, 3, 1), r.component(4, 1).strip(),
                                r.value(5).strip(), r.value(6).strip(), r.value(7).strip(), r.value(9).strip(), r.value(13).strip(), ""));
                        afterResult = true;
                    }
                    case 'C' -> {
                        if (afterResult) { // a comment on the result before it (C.4: code^text, or the text alone)
                            int last = results.size() - 1;
                            results.set(last, results.get(last).withComment(commentText(r)));
                        }
                    }
                    default -> { }
                }
            }
        }
        return new AnalyzerContent(AnalyzerContent.kindOf(query, qc, results), results, samples);
    }

    /**
     * Whether the message names controls in Q records after its results ({@code R} then {@code Q test^lot^level}):
     * QC, never a host query to answer.
     */
    static boolean namesControlsAfterResults(AstmMessage message) {
        boolean result = false;
        for (AstmRecord r : message.records()) {
            if (r.type() == 'R') {
                result = true;
            } else if (r.type() == 'Q' && result) {
                return true;
            }
        }
        return false;
    }

    /** C.4, its components joined: analyzers send {@code ^text}, {@code code^text} or the text alone. */
    private static String commentText(AstmRecord comment) {
        List<String> parts = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            String part = comment.component(4, 1, c).strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts);
    }
}

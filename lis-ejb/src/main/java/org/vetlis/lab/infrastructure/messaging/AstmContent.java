package org.vetlis.lab.infrastructure.messaging;

import java.util.ArrayList;
import java.util.List;

import org.vetlis.connector.astm.codec.AstmMessage;
import org.vetlis.connector.astm.codec.AstmRecord;
import org.vetlis.connector.astm.profile.AstmProfile;
import org.vetlis.lab.domain.messagelog.MessageKind;

/**
 * What an ASTM message says, in the lab's terms: which kind of message it is, and each result with the specimen
 * and the analyzer's test code it belongs to. Pure: the profile says where the analyzer puts things.
 */
final class AstmContent {

    /**
     * One result as reported, before it is matched to anything.
     *
     * @param sampleId     the specimen barcode of its order record, cleaned by the profile
     * @param analyzerCode the analyzer's test code
     * @param completedAt  R.13 as sent, empty when the analyzer sends none
     */
    record Reported(String sampleId, String analyzerCode, String value, String unit, String flags, String status, String completedAt) {
    }

    private final MessageKind kind;
    private final List<Reported> results;
    private final List<String> sampleIds;

    private AstmContent(MessageKind kind, List<Reported> results, List<String> sampleIds) {
        this.kind = kind;
        this.results = List.copyOf(results);
        this.sampleIds = List.copyOf(sampleIds);
    }

    /** Reads the messages of one delivery (normally one, H to L). */
    static AstmContent read(List<AstmMessage> messages, AstmProfile profile) {
        List<Reported> results = new ArrayList<>();
        List<String> samples = new ArrayList<>();
        boolean query = false;
        boolean qc = false;
        for (AstmMessage message : messages) {
            qc |= "Q".equalsIgnoreCase(message.header().value(12));
            String sample = "";
            for (AstmRecord r : message.records()) {
                switch (r.type()) {
                    case 'Q' -> {
                        query = true;
                        profile.sampleId().fromQuery(r).forEach(samples::add);
                    }
                    case 'O' -> {
                        sample = profile.sampleId().fromOrder(r);
                        qc |= "Q".equalsIgnoreCase(r.value(12));
                        if (!sample.isEmpty() && !samples.contains(sample)) {
                            samples.add(sample);
                        }
                    }
                    case 'R' -> results.add(new Reported(sample, profile.testCode().code(r, 3, 1), r.component(4, 1).strip(),
                            r.value(5).strip(), r.value(7).strip(), r.value(9).strip(), r.value(13).strip()));
                    default -> { }
                }
            }
        }
        MessageKind kind = query ? MessageKind.QUERY : qc ? MessageKind.QC : results.isEmpty() ? MessageKind.OTHER : MessageKind.RESULTS;
        return new AstmContent(kind, results, samples);
    }

    MessageKind kind() {
        return kind;
    }

    List<Reported> results() {
        return results;
    }

    List<String> sampleIds() {
        return sampleIds;
    }
}

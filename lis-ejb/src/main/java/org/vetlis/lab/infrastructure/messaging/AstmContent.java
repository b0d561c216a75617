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
                    case 'R' -> results.add(new AnalyzerContent.Reported(sample, profile.testCode().code(r, 3, 1), r.component(4, 1).strip(),
                            r.value(5).strip(), r.value(7).strip(), r.value(9).strip(), r.value(13).strip()));
                    default -> { }
                }
            }
        }
        return new AnalyzerContent(AnalyzerContent.kindOf(query, qc, results), results, samples);
    }
}

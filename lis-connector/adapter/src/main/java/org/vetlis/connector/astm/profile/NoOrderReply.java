package org.vetlis.connector.astm.profile;

import java.util.ArrayList;
import java.util.List;

import org.vetlis.connector.astm.codec.AstmDelimiters;
import org.vetlis.connector.astm.codec.AstmMessage;
import org.vetlis.connector.astm.codec.AstmRecord;
import org.vetlis.connector.astm.codec.AstmRecordBuilder;

/**
 * How VetLIS answers a host query it has no order for. Analyzers disagree; each form is used in the field, and
 * the instrument's profile picks the one its analyzer understands (an analyzer that gets a form it does not know
 * waits for its timeout and the tube is not run).
 */
public enum NoOrderReply {

    /** Header and {@code L|1|I}: "no information for the query" (LIS2-A2 L.3 = I; Mindray CL). */
    TERMINATOR_I,
    /** An order for each asked barcode with O.26 = Y, "no order for this test". */
    ORDER_Y,
    /** The query echoed back with Q.13 = X, "request cannot be done". */
    QUERY_X;

    /**
     * The reply to {@code query} for {@code sampleIds} (as the analyzer wrote them in the query), from VetLIS as
     * {@code sender}.
     */
    public AstmMessage reply(AstmRecord query, List<String> sampleIds, String sender) {
        AstmDelimiters d = query.delimiters();
        List<AstmRecord> records = new ArrayList<>();
        records.add(new AstmRecordBuilder('H', d).raw(2, d.headerField()).text(5, sender).text(12, "P").text(13, "LIS2-A2").build());
        String terminatorCode = "N";
        switch (this) {
            case TERMINATOR_I -> terminatorCode = "I";
            case ORDER_Y -> {
                int sequence = 1;
                for (String id : sampleIds) {
                    records.add(new AstmRecordBuilder('P', d).text(2, String.valueOf(sequence)).build());
                    records.add(new AstmRecordBuilder('O', d).text(2, "1").text(3, id).components(5, "", "", "", "ALL")
                            .text(12, "N").text(26, "Y").build());
                    sequence++;
                }
            }
            case QUERY_X -> records.add(new AstmRecordBuilder('Q', d).text(2, "1").raw(3, query.raw(3)).raw(4, query.raw(4))
                    .raw(5, query.raw(5)).text(13, "X").build());
        }
        records.add(new AstmRecordBuilder('L', d).text(2, "1").text(3, terminatorCode).build());
        return AstmMessage.of(records);
    }
}

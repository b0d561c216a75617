package org.vetlis.lab.infrastructure.messaging;

import java.io.IOException;
import java.nio.charset.Charset;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

import org.vetlis.connector.api.AnalyzerReply;
import org.vetlis.connector.hl7.Hl7Header;

/**
 * The acknowledgements VetLIS sends an HL7 analyzer, built by HAPI. Sent only once the message is stored: AA when it
 * could be read, AR with the reason when it could not (it is kept and quarantined all the same).
 */
final class Hl7Replies {

    /** Every version read into the 2.5.1 model, so one ACK class serves all; made once (HAPI caches per instance). */
    private static final PipeParser PARSER = parser();

    private Hl7Replies() {
    }

    private static PipeParser parser() {
        PipeParser parser = new PipeParser(new CanonicalModelClassFactory("2.5.1"));
        parser.setValidationContext(ValidationContextFactory.noValidation());
        return parser;
    }

    /**
     * The acknowledgement of a stored message ({@link Hl7Content#normalised} text), encoded in its character set; null
     * for an acknowledgement (the analyzer's ACK^Q03 of an order answer, say), which nobody acknowledges.
     */
    static AnalyzerReply acknowledge(String text, Charset charset) {
        if (Hl7Header.field(text, 9).startsWith("ACK")) {
            return null;
        }
        return AnalyzerReply.of(ackOf(text).getBytes(charset));
    }

    private static String ackOf(String text) {
        PipeParser parser = PARSER;
        try {
            Message received = parser.parse(text);
            return parser.encode(received.generateACK());
        } catch (HL7Exception | IOException unreadable) {
            return reject(text, unreadable.getMessage(), parser);
        }
    }

    /** AR for a message HAPI cannot read: MSA-2 names it when its control ID can still be found. */
    private static String reject(String text, String why, PipeParser parser) {
        try {
            ACK ack = new ACK();
            ack.initQuickstart("ACK", "", "P");
            ack.getMSH().getSendingApplication().getNamespaceID().setValue("VetLIS");
            ack.getMSA().getAcknowledgmentCode().setValue(AcknowledgmentCode.AR.name());
            ack.getMSA().getMessageControlID().setValue(Hl7Header.field(text, 10));
            ack.getMSA().getTextMessage().setValue("message not readable as HL7 v2; it was kept for review");
            ack.getERR().getErr3_HL7ErrorCode().getIdentifier().setValue("102"); // data type error (HL7 table 0357)
            ack.getERR().getErr4_Severity().setValue("E");
            ack.getERR().getErr8_UserMessage().setValue(why == null ? "" : why.length() > 200 ? why.substring(0, 200) : why);
            return parser.encode(ack);
        } catch (HL7Exception | IOException e) {
            throw new IllegalStateException("cannot build an HL7 reject acknowledgement", e);
        }
    }
}

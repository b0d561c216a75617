package org.vetlis.lab.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.vetlis.connector.api.AnalyzerEnvelope;
import org.vetlis.connector.api.AnalyzerMessageListener;
import org.vetlis.connector.api.AnalyzerReply;
import org.vetlis.connector.api.Protocol;
import org.vetlis.lab.application.MessageLogService;
import org.vetlis.lab.domain.messagelog.InboundMessage;
import org.vetlis.lab.domain.messagelog.MessageKind;
import org.vetlis.lab.domain.messagelog.MessageOutcome;

/**
 * Receives every complete message of every analyzer listener from the analyzer connector and stores it
 * in the message log, in the transaction the container opens around this call; a host query is answered in the
 * same transaction, and the answer goes back on the analyzer's connection. A failure rolls it back and
 * propagates, so the connector refuses the frame and the analyzer sends it again. Everything else in the message
 * is read after the commit ({@link MessageReading}).
 */
@MessageDriven(activationConfig = {
        // the RAR module inside this EAR: <application name>#<rar name>
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "vetlis#vetlis-connector")
})
public class AnalyzerMessageConsumer implements AnalyzerMessageListener {

    @EJB
    private MessageLogService messageLog;

    @EJB
    private HostQueries hostQueries;

    @EJB
    private Hl7Queries hl7Queries;

    @Override
    public AnalyzerReply onMessage(AnalyzerEnvelope envelope) {
        InboundMessage message = messageLog.record(envelope);
        if (envelope.protocol() == Protocol.HL7) {
            // stored in this transaction; the connector sends the answer (RSP^K11) or the acknowledgement once it has committed
            Charset charset = Hl7Content.charsetOf(envelope.payload(), StandardCharsets.ISO_8859_1);
            String text = Hl7Content.normalised(new String(envelope.payload(), charset));
            Optional<HostQueries.Answer> answer = hl7Queries.answer(envelope.listener(), text, charset);
            answer.ifPresent(a -> recordQuery(message, a));
            return answer.map(HostQueries.Answer::reply).orElseGet(() -> Hl7Replies.acknowledge(text, charset));
        }
        Optional<HostQueries.Answer> answer = hostQueries.answer(envelope);
        answer.ifPresent(a -> recordQuery(message, a));
        return answer.map(HostQueries.Answer::reply).orElse(null);
    }

    private static void recordQuery(InboundMessage message, HostQueries.Answer answer) {
        message.processed(answer.instrumentCode(), MessageKind.QUERY, MessageOutcome.PROCESSED, answer.detail(), answer.specimens(),
                OffsetDateTime.now(ZoneOffset.UTC));
    }
}

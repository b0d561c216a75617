package org.vetlis.lab.application.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.vetlis.connector.api.AnalyzerEnvelope;
import org.vetlis.connector.api.Protocol;
import org.vetlis.connector.hl7.Hl7Header;
import org.vetlis.lab.application.MessageLogService;
import org.vetlis.lab.domain.messagelog.InboundMessage;
import org.vetlis.lab.domain.messagelog.InboundMessageRepository;
import org.vetlis.lab.domain.messagelog.MessageStored;
import org.vetlis.lab.infrastructure.migration.DatabaseMigrator;

@Stateless
public class DefaultMessageLogService implements MessageLogService {

    private static final Logger LOG = Logger.getLogger(DefaultMessageLogService.class.getName());

    @Inject
    private InboundMessageRepository messages;

    @EJB
    private DatabaseMigrator migrator;

    @Inject
    private Event<MessageStored> stored;

    @Inject
    private MetricRegistry metrics;

    @Override
    public InboundMessage record(AnalyzerEnvelope envelope) {
        if (!migrator.status().isCurrent()) {
            // refuse rather than write into a schema that is not there yet: the analyzer will send again
            throw new IllegalStateException("database schema is not ready: " + migrator.status().detail());
        }
        byte[] payload = envelope.payload();
        String controlId = envelope.protocol() == Protocol.HL7 ? Hl7Header.field(payload, 10).strip() : null;
        InboundMessage message = new InboundMessage(envelope.listener(), envelope.protocol().name(),
                envelope.peerAddress(), envelope.receivedAt().atOffset(ZoneOffset.UTC), payload, controlId);
        messages.store(message);
        stored.fire(new MessageStored(message.id(), message));
        metrics.counter(Metadata.builder().withName("vetlis.analyzer.messages.received")
                .withDescription("Analyzer messages stored (and so acknowledged), by listener").build(),
                new Tag("listener", envelope.listener())).inc();
        LOG.fine(() -> "Stored " + envelope);
        return message;
    }

    @Override
    public List<InboundMessage> latest(int max) {
        return messages.latest(max);
    }
}

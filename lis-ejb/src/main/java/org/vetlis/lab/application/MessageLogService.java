package org.vetlis.lab.application;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.connector.api.AnalyzerEnvelope;
import org.vetlis.lab.domain.messagelog.InboundMessage;

/** Keeps every analyzer message as it arrived. */
public interface MessageLogService {

    /** Stores the message in the caller's transaction; throws when it cannot, so the analyzer sends it again. */
    InboundMessage record(@NotNull AnalyzerEnvelope envelope);

    List<InboundMessage> latest(int max);
}

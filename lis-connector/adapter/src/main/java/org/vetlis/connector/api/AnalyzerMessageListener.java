package org.vetlis.connector.api;

/**
 * The contract between the connector and the application: a message-driven bean implements it
 * to receive each complete analyzer message.
 *
 * <p>The connector acknowledges the message to the analyzer only after this method returns. If it
 * throws (for example because the transaction that stores the message rolled back), the analyzer
 * is told to send again, so a message is never acknowledged without being stored.
 */
public interface AnalyzerMessageListener {

    /**
     * @return what to send back on the same connection once the analyzer's transmission has ended (the answer to
     *         a host query), or null when nothing is
     */
    AnalyzerReply onMessage(AnalyzerEnvelope envelope);
}

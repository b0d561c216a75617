package org.vetlis.connector.net;

import org.vetlis.connector.api.AnalyzerReply;

/** Where a connection hands each complete message; returning normally means the message is stored. */
@FunctionalInterface
public interface MessageSink {

    /**
     * @param payload     the message bytes as received
     * @param peerAddress the analyzer's {@code address:port}
     * @return what to send back (once the analyzer's ASTM transmission has ended), or null
     * @throws Exception when the message could not be stored; the analyzer is then asked to send it again
     */
    AnalyzerReply deliver(byte[] payload, String peerAddress) throws Exception;
}

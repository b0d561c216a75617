package org.vetlis.connector.astm.link;

/** What the connection must do after the link has seen a byte. */
public enum LinkAction {
    /** Nothing to send yet. */
    NONE,
    /** Send ACK: link granted, or frame accepted. */
    SEND_ACK,
    /** Send NAK: frame rejected (checksum, frame number, malformed), the sender repeats it. */
    SEND_NAK,
    /**
     * A message is complete: store {@link AstmReceiver#completedMessage()}, then report the outcome with
     * {@link AstmReceiver#messageStored(boolean)}, which says whether to ACK or NAK its last frame.
     */
    DELIVER
}

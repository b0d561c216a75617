package org.vetlis.lab.domain.messagelog;

/**
 * A message was stored in the message log (fired in the storing transaction; observers act once it commits). The
 * message itself says, by then, whether it was read already in that transaction (a host query answered there).
 */
public record MessageStored(long messageId, InboundMessage message) {

    /** Whether the message is still to be read after the commit. */
    public boolean unread() {
        return message.outcome() == null;
    }
}

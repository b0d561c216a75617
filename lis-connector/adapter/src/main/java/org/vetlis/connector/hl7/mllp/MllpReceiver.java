package org.vetlis.connector.hl7.mllp;

import java.io.ByteArrayOutputStream;

/**
 * The receiving side of MLLP as an explicit state machine driven by bytes, with no I/O: a block may arrive in any
 * number of reads and one read may hold several blocks. Bytes between blocks (keep-alives, line noise) are
 * skipped and counted; a message longer than the limit is thrown away whole and reported, so the sender can be
 * told and nothing half of a message is ever delivered.
 *
 * <pre>
 *   BETWEEN --VT--> IN_BLOCK --FS--> AFTER_BLOCK --CR--> BETWEEN (MESSAGE)
 *                   IN_BLOCK --(longer than the limit)--> DISCARDING --FS--> AFTER_BLOCK (TOO_LONG)
 * </pre>
 * A sender that ends a block with FS and no CR (seen in the field) has its message delivered all the same when the
 * next byte is not CR; that byte then counts as the start of what follows.
 */
public final class MllpReceiver {

    /** Where the receiver is in the stream. */
    public enum Phase { BETWEEN, IN_BLOCK, DISCARDING, AFTER_BLOCK }

    /** What a byte completed. */
    public enum Event {
        NONE,
        /** A whole message is in {@link #message()}. */
        MESSAGE,
        /** A message over the limit ended; it was not kept. */
        TOO_LONG
    }

    private final int maxMessageBytes;
    private final ByteArrayOutputStream block = new ByteArrayOutputStream(1024);
    private Phase phase = Phase.BETWEEN;
    private boolean discarded;
    private byte[] message;
    private long skipped;

    public MllpReceiver(int maxMessageBytes) {
        if (maxMessageBytes < 1) {
            throw new IllegalArgumentException("the longest message must be at least one byte");
        }
        this.maxMessageBytes = maxMessageBytes;
    }

    public Event onByte(byte b) {
        return switch (phase) {
            case BETWEEN -> between(b);
            case IN_BLOCK -> inBlock(b);
            case DISCARDING -> {
                if (b == Mllp.END_BLOCK) {
                    phase = Phase.AFTER_BLOCK;
                }
                yield Event.NONE;
            }
            case AFTER_BLOCK -> afterBlock(b);
        };
    }

    private Event between(byte b) {
        if (b == Mllp.START_BLOCK) {
            block.reset();
            discarded = false;
            phase = Phase.IN_BLOCK;
        } else {
            skipped++;
        }
        return Event.NONE;
    }

    private Event inBlock(byte b) {
        if (b == Mllp.END_BLOCK) {
            phase = Phase.AFTER_BLOCK;
        } else if (block.size() >= maxMessageBytes) {
            block.reset();
            discarded = true;
            phase = Phase.DISCARDING;
        } else {
            block.write(b);
        }
        return Event.NONE;
    }

    private Event afterBlock(byte b) {
        phase = Phase.BETWEEN;
        Event ended = end();
        if (b != Mllp.CARRIAGE_RETURN) {
            between(b); // FS without CR: the block is over all the same, and this byte belongs to what follows
        }
        return ended;
    }

    private Event end() {
        if (discarded) {
            discarded = false;
            return Event.TOO_LONG;
        }
        message = block.toByteArray();
        block.reset();
        return Event.MESSAGE;
    }

    /** The message the last {@link Event#MESSAGE} completed. */
    public byte[] message() {
        if (message == null) {
            throw new IllegalStateException("no message completed yet");
        }
        return message;
    }

    /** Whether a block has begun and not ended: a stop waits for it. */
    public boolean inMessage() {
        return phase != Phase.BETWEEN;
    }

    public Phase phase() {
        return phase;
    }

    /** Bytes seen outside any block since the connection began. */
    public long skippedBytes() {
        return skipped;
    }
}

package org.vetlis.connector.astm.link;

import static org.vetlis.connector.astm.link.AstmControl.CR;
import static org.vetlis.connector.astm.link.AstmControl.ENQ;
import static org.vetlis.connector.astm.link.AstmControl.EOT;
import static org.vetlis.connector.astm.link.AstmControl.ETB;
import static org.vetlis.connector.astm.link.AstmControl.ETX;
import static org.vetlis.connector.astm.link.AstmControl.LF;
import static org.vetlis.connector.astm.link.AstmControl.STX;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The receiving side of the E1381 (LIS1-A) link for one connection, as an explicit state machine
 * driven one byte at a time, with no sockets and no clock, so every wire scenario is a unit test.
 *
 * <p>Establishment (§8.2): ENQ in the neutral state is answered with ACK. Transfer (§8.3): each frame
 * {@code STX FN text ETB|ETX C1 C2 trailer} is checked (checksum over the raw bytes, frame number equal to
 * the last accepted + 1 modulo 8) and answered as soon as its checksum is in, whatever trailer follows (CR LF as
 * the standard says, or CR or LF alone as some analyzers send). A frame that repeats the last accepted one
 * exactly is a retransmission after a lost ACK and is acknowledged without appending its text again; one with
 * the same number but other text (Sysmex XN QC does this) is new text and is kept. Termination (§8.4): EOT
 * returns to neutral, as does the receive timeout.
 *
 * <p>What is delivered is an E1394 message: the records up to the terminator (L) record, however the sender
 * framed them: all in one frame, cut every 240 characters with ETB, or one record per ETX frame. The frame that
 * completes it is acknowledged only after the message is stored: the caller stores {@link #completedMessage()}
 * and calls {@link #messageStored(boolean)}; when storing fails the frame is refused with NAK and the analyzer
 * sends it again, so nothing is acknowledged that was not kept. Records that came in ETX frames already
 * acknowledged are never dropped: when the transmission ends without their terminator (EOT, silence) they are
 * delivered as they are, {@linkplain #completedMessageIsWhole() marked incomplete}. Text of an ETB frame without
 * its ETX is dropped at EOT, as the standard says: the sender will send the whole message again.
 */
public final class AstmReceiver {

    /** Phases of the receiving link. */
    public enum Phase {
        /** No transmission; waiting for ENQ. */
        NEUTRAL,
        /** Link established; waiting for STX or EOT. */
        TRANSFER,
        /** Inside a frame, between STX and LF. */
        IN_FRAME,
        /** A message is complete and waits to be stored before its last frame is answered. */
        AWAITING_STORE
    }

    private static final int NONE_ACCEPTED = -1;

    private final int maxFrameBytes;
    private final int maxMessageBytes;
    private final boolean tolerant;
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream(256);
    private final ByteArrayOutputStream message = new ByteArrayOutputStream(1024);

    private Phase phase = Phase.NEUTRAL;
    private int lastAcceptedFrameNumber = NONE_ACCEPTED;
    private byte[] lastAcceptedFrame;
    private boolean frameTooLong;
    /** Bytes of the frame after its ETB or ETX (the checksum characters), or -1 before it. */
    private int afterTerminator = -1;
    /** How much of {@link #message} came in ETX frames, acknowledged: kept even if the transmission breaks off. */
    private int acknowledgedComplete;
    private byte[] completed;
    private boolean completedWhole;
    private boolean completedAtEnd;
    private byte[] completedFrame;
    private int completedFrameNumber;

    /**
     * @param maxFrameBytes   longest frame accepted (LIS1-A allows up to 64 000; some analyzers send more)
     * @param maxMessageBytes longest message accepted; a longer one is refused frame by frame
     */
    public AstmReceiver(int maxFrameBytes, int maxMessageBytes) {
        this(maxFrameBytes, maxMessageBytes, false);
    }

    /**
     * @param tolerant for simplified senders: a frame ends at its ETB or ETX, and needs neither frame number nor
     *                 checksum (when one is sent it is not checked; the bytes after ETX are passed over)
     */
    public AstmReceiver(int maxFrameBytes, int maxMessageBytes, boolean tolerant) {
        this.maxFrameBytes = maxFrameBytes;
        this.maxMessageBytes = maxMessageBytes;
        this.tolerant = tolerant;
    }

    public Phase phase() {
        return phase;
    }

    /** Feeds one received byte and says what to send back. */
    public LinkAction onByte(byte b) {
        return switch (phase) {
            case NEUTRAL -> onNeutral(b);
            case TRANSFER -> onTransfer(b);
            case IN_FRAME -> onFrameByte(b);
            case AWAITING_STORE -> LinkAction.NONE; // the sender waits for our answer; anything else is noise
        };
    }

    /** The message completed by the last {@link LinkAction#DELIVER}. */
    public byte[] completedMessage() {
        if (phase != Phase.AWAITING_STORE) {
            throw new IllegalStateException("no message is waiting to be stored (phase " + phase + ")");
        }
        return completed.clone();
    }

    /**
     * Whether the completed message ends with its terminator record. False for records that arrived in
     * acknowledged frames before the transmission broke off: they are delivered anyway, to be kept and looked at.
     */
    public boolean completedMessageIsWhole() {
        if (phase != Phase.AWAITING_STORE) {
            throw new IllegalStateException("no message is waiting to be stored (phase " + phase + ")");
        }
        return completedWhole;
    }

    /** Reports whether the completed message was stored; answers its last frame accordingly. */
    public LinkAction messageStored(boolean stored) {
        if (phase != Phase.AWAITING_STORE) {
            throw new IllegalStateException("no message is waiting to be stored (phase " + phase + ")");
        }
        completed = null;
        if (completedAtEnd) {
            toNeutral(); // delivered at EOT or on silence: its frames were answered long ago, there is nothing to answer
            return LinkAction.NONE;
        }
        phase = Phase.TRANSFER;
        if (!stored) {
            return LinkAction.SEND_NAK; // the sender repeats the frame; the message before it is still held
        }
        lastAcceptedFrameNumber = completedFrameNumber;
        lastAcceptedFrame = completedFrame;
        message.reset();
        acknowledgedComplete = 0;
        return LinkAction.SEND_ACK;
    }

    /**
     * The receive timer ran out (LIS1-A §8.5.1.2, 30 s): an incomplete message is dropped, except records already
     * acknowledged in ETX frames, which are delivered ({@link LinkAction#DELIVER}) marked incomplete.
     */
    public LinkAction receiveTimeout() {
        if (phase == Phase.AWAITING_STORE) {
            return LinkAction.NONE;
        }
        return endOfTransmission();
    }

    /** Length of the message received so far (frames accepted, not yet complete). */
    public int pendingMessageBytes() {
        return message.size();
    }

    private LinkAction onNeutral(byte b) {
        if (b == ENQ) {
            toNeutral();
            phase = Phase.TRANSFER;
            return LinkAction.SEND_ACK;
        }
        return LinkAction.NONE; // stray bytes (NUL padding, late ACKs) between transmissions are ignored
    }

    private LinkAction onTransfer(byte b) {
        switch (b) {
            case STX -> startFrame();
            case EOT -> {
                return endOfTransmission();
            }
            case ENQ -> {
                // the sender started over (it never saw our ACK): grant the link again, from frame 1
                LinkAction held = endOfTransmission();
                return held == LinkAction.DELIVER ? held : onNeutral(b);
            }
            default -> { } // the trailer after a checksum (CR, LF), noise between frames
        }
        return LinkAction.NONE;
    }

    private LinkAction onFrameByte(byte b) {
        if (afterTerminator >= 0) {
            frame.write(b);
            if (++afterTerminator == 2) { // both checksum characters are in: answer now, whatever trailer follows
                phase = Phase.TRANSFER;
                return frameTooLong ? LinkAction.SEND_NAK : endOfFrame(frame.toByteArray());
            }
            return LinkAction.NONE;
        }
        if (b == STX) {
            startFrame(); // a new STX restarts the frame: the sender gave up on the previous one
        } else if (b == EOT) {
            return endOfTransmission();
        } else if (b == LF) {
            phase = Phase.TRANSFER; // a line end before ETB/ETX: not a frame
            return LinkAction.SEND_NAK;
        } else if (frame.size() < maxFrameBytes) {
            frame.write(b);
            if (b == ETB || b == ETX) {
                if (tolerant) {
                    phase = Phase.TRANSFER;
                    return tolerantEndOfFrame(frame.toByteArray());
                }
                afterTerminator = 0;
            }
        } else {
            frameTooLong = true;
            if (b == ETB || b == ETX) {
                afterTerminator = 0;
            }
        }
        return LinkAction.NONE;
    }

    /** {@code body} is everything from the frame number to the checksum: {@code FN text ETB|ETX C1 C2}. */
    private LinkAction endOfFrame(byte[] body) {
        int terminator = body.length - 3;
        if (terminator < 1 || (body[terminator] != ETB && body[terminator] != ETX)) {
            return LinkAction.SEND_NAK;
        }
        if (!AstmChecksum.matches(body, terminator + 1, AstmChecksum.of(body, 0, terminator + 1))) {
            return LinkAction.SEND_NAK;
        }
        int frameNumber = Character.digit((char) body[0], 8);
        if (frameNumber < 0) {
            return LinkAction.SEND_NAK;
        }
        boolean repeated = frameNumber == lastAcceptedFrameNumber;
        if (repeated && Arrays.equals(body, lastAcceptedFrame)) {
            return LinkAction.SEND_ACK; // retransmission of a frame we already have: our ACK was lost
        }
        if (!repeated && frameNumber != expectedFrameNumber()) {
            return LinkAction.SEND_NAK;
        }
        return accept(body, 1, terminator, frameNumber);
    }

    /** {@code body} is {@code [FN] text ETB|ETX}: no checksum to check, a frame number only when the text starts with one. */
    private LinkAction tolerantEndOfFrame(byte[] body) {
        int textStart = body.length > 2 && body[0] >= '0' && body[0] <= '7' && Character.isLetter(body[1]) ? 1 : 0;
        return accept(body, textStart, body.length - 1, NONE_ACCEPTED);
    }

    /**
     * Takes the text {@code body[textStart, terminator)} of a checked frame: an ETB frame's text is added to the
     * message; an ETX frame that ends with the terminator record completes it (answered once stored); any other
     * ETX frame's text is added and counts as acknowledged.
     */
    private LinkAction accept(byte[] body, int textStart, int terminator, int frameNumber) {
        int length = terminator - textStart;
        if (message.size() + length > maxMessageBytes) {
            return LinkAction.SEND_NAK;
        }
        boolean etx = body[terminator] == ETX;
        if (etx) {
            byte[] whole = Arrays.copyOf(message.toByteArray(), message.size() + length);
            System.arraycopy(body, textStart, whole, message.size(), length);
            if (endsWithTerminatorRecord(whole)) {
                complete(whole, true, false);
                completedFrameNumber = frameNumber;
                completedFrame = body;
                return LinkAction.DELIVER;
            }
        }
        message.write(body, textStart, length);
        lastAcceptedFrameNumber = frameNumber;
        lastAcceptedFrame = body;
        if (etx) {
            acknowledgedComplete = message.size(); // one record per ETX frame: the message goes on in the next
        }
        return LinkAction.SEND_ACK;
    }

    /** EOT or silence: records acknowledged in ETX frames are delivered; the rest of a broken message is dropped. */
    private LinkAction endOfTransmission() {
        if (acknowledgedComplete > 0) {
            complete(Arrays.copyOf(message.toByteArray(), acknowledgedComplete), false, true);
            return LinkAction.DELIVER;
        }
        toNeutral();
        return LinkAction.NONE;
    }

    private void complete(byte[] text, boolean whole, boolean atEnd) {
        completed = text;
        completedWhole = whole;
        completedAtEnd = atEnd;
        phase = Phase.AWAITING_STORE;
    }

    /** Whether the last record of {@code text} is a terminator (L) record. */
    static boolean endsWithTerminatorRecord(byte[] text) {
        int end = text.length;
        while (end > 0 && (text[end - 1] == CR || text[end - 1] == LF)) {
            end--;
        }
        int start = end;
        while (start > 0 && text[start - 1] != CR && text[start - 1] != LF) {
            start--;
        }
        if (start >= end || (text[start] != 'L' && text[start] != 'l')) {
            return false;
        }
        return end - start == 1 || !Character.isLetterOrDigit(text[start + 1]);
    }

    private int expectedFrameNumber() {
        return lastAcceptedFrameNumber == NONE_ACCEPTED ? 1 : (lastAcceptedFrameNumber + 1) % 8;
    }

    private void startFrame() {
        frame.reset();
        frameTooLong = false;
        afterTerminator = -1;
        phase = Phase.IN_FRAME;
    }

    private void toNeutral() {
        phase = Phase.NEUTRAL;
        frame.reset();
        message.reset();
        acknowledgedComplete = 0;
        afterTerminator = -1;
        lastAcceptedFrameNumber = NONE_ACCEPTED;
        lastAcceptedFrame = null;
    }
}

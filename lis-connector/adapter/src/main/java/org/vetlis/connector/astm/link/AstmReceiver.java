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
 * {@code STX FN text ETB|ETX C1 C2 CR LF} is checked (checksum over the raw bytes, frame number equal to
 * the last accepted + 1 modulo 8) and answered with ACK or NAK; a frame that repeats the last accepted
 * number is a retransmission after a lost ACK and is acknowledged without appending its text again.
 * ETX completes a message; several messages may follow in one transmission with frame numbers counting on.
 * Termination (§8.4): EOT returns to neutral and drops any incomplete message, as does the receive timeout.
 *
 * <p>The last frame of a message is acknowledged only after the message is stored: the caller stores
 * {@link #completedMessage()} and calls {@link #messageStored(boolean)}. When storing fails the frame is
 * refused with NAK and the analyzer sends it again, so nothing is acknowledged that was not kept.
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
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream(256);
    private final ByteArrayOutputStream message = new ByteArrayOutputStream(1024);

    private Phase phase = Phase.NEUTRAL;
    private int lastAcceptedFrameNumber = NONE_ACCEPTED;
    private boolean frameTooLong;
    private byte[] completed;
    private int completedFrameNumber;

    /**
     * @param maxFrameBytes   longest frame accepted (LIS1-A allows up to 64 000; some analyzers send more)
     * @param maxMessageBytes longest message accepted; a longer one is refused frame by frame
     */
    public AstmReceiver(int maxFrameBytes, int maxMessageBytes) {
        this.maxFrameBytes = maxFrameBytes;
        this.maxMessageBytes = maxMessageBytes;
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

    /** Reports whether the completed message was stored; answers its last frame accordingly. */
    public LinkAction messageStored(boolean stored) {
        if (phase != Phase.AWAITING_STORE) {
            throw new IllegalStateException("no message is waiting to be stored (phase " + phase + ")");
        }
        phase = Phase.TRANSFER;
        completed = null;
        if (!stored) {
            return LinkAction.SEND_NAK; // the sender repeats the frame; the message before it is still held
        }
        lastAcceptedFrameNumber = completedFrameNumber;
        message.reset();
        return LinkAction.SEND_ACK;
    }

    /** The receive timer ran out (LIS1-A §8.5.1.2, 30 s): the incomplete message is dropped. */
    public void receiveTimeout() {
        if (phase != Phase.AWAITING_STORE) {
            toNeutral();
        }
    }

    /** Length of the message received so far (frames accepted, not yet complete). */
    public int pendingMessageBytes() {
        return message.size();
    }

    private LinkAction onNeutral(byte b) {
        if (b == ENQ) {
            phase = Phase.TRANSFER;
            lastAcceptedFrameNumber = NONE_ACCEPTED;
            message.reset();
            return LinkAction.SEND_ACK;
        }
        return LinkAction.NONE; // stray bytes (NUL padding, late ACKs) between transmissions are ignored
    }

    private LinkAction onTransfer(byte b) {
        switch (b) {
            case STX -> startFrame();
            case EOT -> toNeutral();
            case ENQ -> {
                // the sender started over (it never saw our ACK): grant the link again, from frame 1
                toNeutral();
                return onNeutral(b);
            }
            default -> { } // noise between frames
        }
        return LinkAction.NONE;
    }

    private LinkAction onFrameByte(byte b) {
        if (b == LF) {
            phase = Phase.TRANSFER;
            return frameTooLong ? LinkAction.SEND_NAK : endOfFrame(frame.toByteArray());
        }
        if (b == STX) {
            startFrame(); // a new STX restarts the frame: the sender gave up on the previous one
        } else if (b == EOT) {
            toNeutral();
        } else if (frame.size() < maxFrameBytes) {
            frame.write(b);
        } else {
            frameTooLong = true;
        }
        return LinkAction.NONE;
    }

    /** {@code body} is everything between STX and LF: {@code FN text ETB|ETX C1 C2 [CR]}. */
    private LinkAction endOfFrame(byte[] body) {
        int end = body.length;
        if (end > 0 && body[end - 1] == CR) {
            end--;
        }
        int terminator = end - 3;
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
        if (frameNumber == lastAcceptedFrameNumber) {
            return LinkAction.SEND_ACK; // retransmission of a frame we already have: our ACK was lost
        }
        if (frameNumber != expectedFrameNumber()) {
            return LinkAction.SEND_NAK;
        }
        if (message.size() + terminator - 1 > maxMessageBytes) {
            return LinkAction.SEND_NAK;
        }
        if (body[terminator] == ETB) {
            message.write(body, 1, terminator - 1);
            lastAcceptedFrameNumber = frameNumber;
            return LinkAction.SEND_ACK;
        }
        byte[] whole = Arrays.copyOf(message.toByteArray(), message.size() + terminator - 1);
        System.arraycopy(body, 1, whole, message.size(), terminator - 1);
        completed = whole;
        completedFrameNumber = frameNumber;
        phase = Phase.AWAITING_STORE;
        return LinkAction.DELIVER;
    }

    private int expectedFrameNumber() {
        return lastAcceptedFrameNumber == NONE_ACCEPTED ? 1 : (lastAcceptedFrameNumber + 1) % 8;
    }

    private void startFrame() {
        frame.reset();
        frameTooLong = false;
        phase = Phase.IN_FRAME;
    }

    private void toNeutral() {
        phase = Phase.NEUTRAL;
        frame.reset();
        message.reset();
        lastAcceptedFrameNumber = NONE_ACCEPTED;
    }
}

package org.vetlis.connector.astm.link;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sending side of the E1381 (LIS1-A) link for one connection: how VetLIS sends an order reply or an order
 * download. An explicit state machine driven by received bytes and timer expiries, with no sockets and no clock:
 * each input returns a {@link Step} saying what to send, which timer to arm and how the transmission stands.
 *
 * <ul>
 *   <li>Establishment (§8.2): ENQ, then up to 15 s for an answer. ACK: the link is ours. NAK: the analyzer is busy,
 *       ENQ again after 10 s. ENQ: contention, and the analyzer has priority (§8.2.7.1): VetLIS gives the link up
 *       ({@link Outcome#YIELDED}), receives what the analyzer sends, and tries again afterwards.</li>
 *   <li>Transfer (§8.3): each frame waits up to 15 s for its answer. ACK (or EOT, a receiver interrupt, which
 *       also accepts the frame): the next frame. NAK or any other byte: the same frame again, at most
 *       {@value #MAX_SENDS} sends in all; then EOT and {@link Outcome#FAILED}, the message kept for a whole retry.</li>
 *   <li>Termination (§8.4): EOT after the last frame is acknowledged ({@link Outcome#SENT}); EOT on a timeout.</li>
 * </ul>
 */
public final class AstmSender {

    /** Sends of one frame before the transmission is given up (§8.5.1.1: six). */
    public static final int MAX_SENDS = 6;
    /** How long to wait for an answer to ENQ or to a frame (§8.5.1.1). */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    /** How long to wait after a busy NAK before asking again (§8.2.6: at least 10 s). */
    public static final Duration BUSY_RETRY = Duration.ofSeconds(10);

    /** Where the transmission stands. */
    public enum Phase {
        /** Nothing to send, or given up. */
        IDLE,
        /** ENQ sent; waiting for ACK, NAK or a rival ENQ. */
        AWAITING_LINK,
        /** The analyzer is busy; ENQ again when the timer runs out. */
        BUSY,
        /** A frame sent; waiting for its answer. */
        AWAITING_FRAME_ACK
    }

    /** How a step leaves the transmission. */
    public enum Outcome {
        /** Still under way. */
        IN_PROGRESS,
        /** Every frame acknowledged, EOT sent. */
        SENT,
        /** The analyzer wanted the link at the same time and has priority: receive first, then send again. */
        YIELDED,
        /** No answer, or too many refusals: EOT sent; the whole message must be sent again later. */
        FAILED
    }

    /**
     * What to do after an input.
     *
     * @param send    bytes to write now (empty for none)
     * @param timer   the timer to (re)arm; {@link #STOP} to stop it; null to leave it running as it is
     * @param outcome how the transmission stands
     */
    public record Step(byte[] send, Duration timer, Outcome outcome) {

        /** Stops the timer. */
        public static final Duration STOP = Duration.ZERO;

        static Step of(byte[] send, Duration timer) {
            return new Step(send, timer, Outcome.IN_PROGRESS);
        }

        static Step ended(byte[] send, Outcome outcome) {
            return new Step(send, STOP, outcome);
        }
    }

    private static final byte[] NOTHING = {};

    private final List<byte[]> frames = new ArrayList<>();
    private Phase phase = Phase.IDLE;
    private int next;
    private int sends;

    public Phase phase() {
        return phase;
    }

    /**
     * Starts a transmission of {@code messages} (E1394 message texts, records ending in CR), framed with at most
     * {@code maxFrameText} text bytes per frame and frame numbers counting on from 1 across messages.
     */
    public Step start(List<byte[]> messages, int maxFrameText) {
        if (phase != Phase.IDLE) {
            throw new IllegalStateException("a transmission is under way (" + phase + ")");
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("nothing to send");
        }
        frames.clear();
        int frameNumber = 1;
        for (byte[] message : messages) {
            List<byte[]> framed = AstmFrameEncoder.frames(message, frameNumber, maxFrameText);
            frames.addAll(framed);
            frameNumber += framed.size();
        }
        return askForLink();
    }

    /** A byte from the analyzer. */
    public Step onByte(byte b) {
        return switch (phase) {
            case AWAITING_LINK -> onLinkAnswer(b);
            case AWAITING_FRAME_ACK -> onFrameAnswer(b);
            case IDLE, BUSY -> Step.of(NOTHING, null); // not ours to answer: the receiving side handles it
        };
    }

    /** The armed timer ran out. */
    public Step onTimeout() {
        return switch (phase) {
            case BUSY -> askForLink();
            case AWAITING_LINK, AWAITING_FRAME_ACK -> giveUp();
            case IDLE -> Step.of(NOTHING, Step.STOP);
        };
    }

    private Step askForLink() {
        phase = Phase.AWAITING_LINK;
        return Step.of(new byte[] {AstmControl.ENQ}, ANSWER_TIMEOUT);
    }

    private Step onLinkAnswer(byte b) {
        switch (b) {
            case AstmControl.ACK -> {
                next = 0;
                return sendFrame();
            }
            case AstmControl.NAK -> {
                phase = Phase.BUSY;
                return Step.of(NOTHING, BUSY_RETRY);
            }
            case AstmControl.ENQ -> {
                // contention: the instrument has priority; its ENQ is not answered here, the next one is (§8.2.7.1)
                phase = Phase.IDLE;
                return Step.ended(NOTHING, Outcome.YIELDED);
            }
            default -> {
                return Step.of(NOTHING, null); // anything else is ignored, and does not restart the 15 s
            }
        }
    }

    private Step onFrameAnswer(byte b) {
        if (b == AstmControl.ACK || b == AstmControl.EOT) {
            next++;
            if (next == frames.size()) {
                phase = Phase.IDLE;
                return Step.ended(new byte[] {AstmControl.EOT}, Outcome.SENT);
            }
            return sendFrame();
        }
        if (sends >= MAX_SENDS) {
            return giveUp();
        }
        return resendFrame();
    }

    private Step sendFrame() {
        sends = 0;
        return resendFrame();
    }

    private Step resendFrame() {
        phase = Phase.AWAITING_FRAME_ACK;
        sends++;
        return Step.of(frames.get(next).clone(), ANSWER_TIMEOUT);
    }

    private Step giveUp() {
        phase = Phase.IDLE;
        return Step.ended(new byte[] {AstmControl.EOT}, Outcome.FAILED);
    }
}

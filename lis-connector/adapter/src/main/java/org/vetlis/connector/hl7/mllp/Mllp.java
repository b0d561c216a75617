package org.vetlis.connector.hl7.mllp;

/**
 * The Minimal Lower Layer Protocol that carries HL7 v2 over TCP: each message is a block,
 * {@code <VT> message <FS><CR>}. No checksums, no frame numbers: TCP does that; the block only marks where a
 * message starts and ends in the stream.
 */
public final class Mllp {

    /** VT, start of block. */
    public static final byte START_BLOCK = 0x0B;
    /** FS, end of block; a CR follows. */
    public static final byte END_BLOCK = 0x1C;
    public static final byte CARRIAGE_RETURN = 0x0D;

    private Mllp() {
    }

    /** {@code message} as one block, ready to write. */
    public static byte[] frame(byte[] message) {
        byte[] block = new byte[message.length + 3];
        block[0] = START_BLOCK;
        System.arraycopy(message, 0, block, 1, message.length);
        block[block.length - 2] = END_BLOCK;
        block[block.length - 1] = CARRIAGE_RETURN;
        return block;
    }
}

package org.vetlis.connector.astm.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class AstmFrameDecoderTest {

    /** Readable fixtures: {STX}, {ETX}, {ETB}, {CR}, {LF}, {ENQ}, {EOT}, {ACK} written out as bytes. */
    private static byte[] wire(String readable) {
        return readable.replace("{STX}", "\u0002").replace("{ETX}", "\u0003").replace("{ETB}", "\u0017").replace("{CR}", "\r")
                .replace("{LF}", "\n").replace("{ENQ}", "\u0005").replace("{EOT}", "\u0004").replace("{ACK}", "\u0006")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void framesWithTheirNumberChecksumAndTrailerAndTheBytesAroundThem() {
        byte[] bytes = AstmFrameEncoder.frame(1, "H|\\^&\r".getBytes(StandardCharsets.US_ASCII), true);
        byte[] stream = concat(wire("{ENQ}"), bytes, wire("{EOT}"));

        AstmFrameDecoder.Result result = AstmFrameDecoder.decode(stream);

        assertThat(result.frames()).singleElement().satisfies(f -> {
            assertThat(f.number()).isEqualTo(1);
            assertThat(f.last()).isTrue();
            assertThat(f.checksumValid()).isTrue();
            assertThat(f.trailer()).isEqualTo(AstmFrame.CR_LF);
            assertThat(f.encode(f.trailer())).isEqualTo(bytes);
        });
        assertThat(result.outside()).isEqualTo(wire("{ENQ}{EOT}"));
    }

    @Test
    void trailersCrOrLfAloneAndAWrongChecksumAreReadAsTheyAre() {
        AstmFrameDecoder.Result result = AstmFrameDecoder.decode(wire("{STX}1H|\\^&{ETB}00{CR}{STX}2L|1{ETX}FF{LF}"));

        List<AstmFrame> frames = result.frames();
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0).trailer()).isEqualTo(wire("{CR}"));
        assertThat(frames.get(0).last()).isFalse();
        assertThat(frames.get(1).trailer()).isEqualTo(wire("{LF}"));
        assertThat(frames).allSatisfy(f -> assertThat(f.checksumValid()).isFalse());
        assertThat(new String(AstmFrame.recordText(frames), StandardCharsets.ISO_8859_1)).isEqualTo("H|\\^&L|1\r");
    }

    @Test
    void aSimplifiedSenderWithoutFrameNumberOrChecksum() {
        AstmFrameDecoder.Result result = AstmFrameDecoder.decode(wire("{ENQ}{STX}H|\\^&{CR}{ETX}{STX}L|1|N{CR}{ETX}{EOT}"));

        assertThat(result.frames()).hasSize(2).allSatisfy(f -> {
            assertThat(f.number()).isEqualTo(AstmFrame.NO_NUMBER);
            assertThat(f.checksum()).isEmpty();
        });
        assertThat(new String(AstmFrame.recordText(result.frames()), StandardCharsets.ISO_8859_1)).isEqualTo("H|\\^&\rL|1|N\r");
    }

    @Test
    void aFrameCutShortByTheNextOneIsNotAFrame() {
        byte[] whole = AstmFrameEncoder.frame(1, "H|\\^&\r".getBytes(StandardCharsets.US_ASCII), true);
        AstmFrameDecoder.Result result = AstmFrameDecoder.decode(concat(wire("{STX}1H|\\^&"), whole));

        assertThat(result.frames()).singleElement().satisfies(f -> assertThat(f.checksumValid()).isTrue());
        assertThat(new String(result.outside(), StandardCharsets.ISO_8859_1)).isEqualTo("\u00021H|\\^&");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

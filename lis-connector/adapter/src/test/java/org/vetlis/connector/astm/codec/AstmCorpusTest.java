package org.vetlis.connector.astm.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.connector.astm.link.AstmFrame;
import org.vetlis.connector.astm.link.AstmFrameDecoder;

/**
 * Every ASTM file of the corpus (real analyzer messages from public sources, see {@code corpus/INDEX.md}) decodes:
 * frames where the file is framed, then messages of records from H to L. A framed file whose checksums verify
 * re-encodes to exactly its bytes; a records-only file re-encodes to its records.
 */
class AstmCorpusTest {

    static Stream<Path> astmFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(AstmCorpusTest.class.getResource("/corpus/astm").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".astm")).sorted().toList();
        }
        assertThat(files).as("the corpus's ASTM files").hasSize(47);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("astmFiles")
    void decodesIntoMessagesFromHeaderToTerminator(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean framed = contains(bytes, AstmControl.STX);

        List<AstmMessage> messages = messagesOf(bytes, framed);

        assertThat(messages).as("messages in %s", file.getFileName()).isNotEmpty();
        for (AstmMessage message : messages) {
            assertThat(message.header().type()).isEqualTo('H');
            assertThat(message.records()).allSatisfy(r -> assertThat("HPOCRQMSL").contains(String.valueOf(r.type())));
            message.records().forEach(r -> assertThat(r.raw(1)).hasSize(1));
        }
        assertThat(messages.get(messages.size() - 1).terminator()).as("the last message ends with L").isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("astmFiles")
    void reEncodesByteForByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (contains(bytes, AstmControl.STX)) {
            AstmFrameDecoder.Result decoded = AstmFrameDecoder.decode(bytes);
            if (decoded.frames().stream().allMatch(AstmFrame::checksumValid)) {
                assertEachFrameFoundInOrder(bytes, decoded);
            } else {
                // stored with converted line endings by its source (INDEX: "altered"): a CR written as LF, or an LF
                // put in before ETX; each frame verifies once that is undone
                assertThat(decoded.frames()).allSatisfy(f -> assertThat(withCrForLf(f).checksumValid() || withoutLfBeforeEnd(f).checksumValid())
                        .as("%s verifies with its line ending restored", f).isTrue());
            }
        } else {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            String records = String.join("", AstmMessage.decodeAll(text).stream().map(AstmMessage::encode).toList());
            assertThat(records).isEqualTo(normalised(text));
        }
    }

    private static List<AstmMessage> messagesOf(byte[] bytes, boolean framed) {
        if (!framed) {
            return AstmMessage.decodeAll(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        return AstmMessage.decodeAll(new String(AstmFrame.recordText(AstmFrameDecoder.decode(bytes).frames()), StandardCharsets.ISO_8859_1));
    }

    /** The file's records as the codec writes them: one per line, each ending in CR, blank lines and frame digits gone. */
    private static String normalised(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                out.append(line.length() > 1 && Character.isDigit(line.charAt(0)) && Character.isLetter(line.charAt(1))
                        ? line.substring(1) : line).append('\r');
            }
        }
        return out.toString();
    }

    private static AstmFrame withCrForLf(AstmFrame f) {
        byte[] text = f.text().clone();
        for (int i = 0; i < text.length; i++) {
            if (text[i] == AstmControl.LF) {
                text[i] = AstmControl.CR;
            }
        }
        return new AstmFrame(f.number(), text, f.last(), f.checksum(), f.trailer());
    }

    private static AstmFrame withoutLfBeforeEnd(AstmFrame f) {
        byte[] text = f.text();
        boolean lf = text.length > 0 && text[text.length - 1] == AstmControl.LF;
        return new AstmFrame(f.number(), lf ? Arrays.copyOf(text, text.length - 1) : text, f.last(), f.checksum(), f.trailer());
    }

    /** Every re-encoded frame is found in the file, in order, and with what lay outside the frames it is the whole file. */
    private static void assertEachFrameFoundInOrder(byte[] bytes, AstmFrameDecoder.Result decoded) {
        int at = 0;
        int framed = 0;
        for (AstmFrame frame : decoded.frames()) {
            byte[] again = frame.encode(frame.trailer());
            int found = indexOf(bytes, again, at);
            assertThat(found).as("%s re-encoded at or after byte %d", frame, at).isGreaterThanOrEqualTo(at);
            at = found + again.length;
            framed += again.length;
        }
        assertThat(framed + decoded.outside().length).isEqualTo(bytes.length);
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }
}

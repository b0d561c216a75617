package org.vetlis.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.vetlis.connector.astm.codec.AstmMessage;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.connector.astm.link.AstmFrame;
import org.vetlis.connector.astm.link.AstmFrameDecoder;

/** The simulator's one-shot commands: send a file, ask a host query, report results; with optional faults. */
final class SimCommands {

    private static final DateTimeFormatter ASTM_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private SimCommands() {
    }

    static void run(String[] args) throws IOException {
        String host = args[1];
        int port = Integer.parseInt(args[2]);
        List<String> rest = new ArrayList<>(List.of(args).subList(3, args.length));
        int frameText = intOption(rest, "--frame", 240);
        AnalyzerLink.Faults faults = new AnalyzerLink.Faults(intOption(rest, "--bad-checksum", 0), intOption(rest, "--repeat", 0),
                rest.remove("--split"), rest.remove("--hang-up-before-eot"), intOption(rest, "--slow-ack", 0), rest.remove("--contend"));
        try (AnalyzerLink link = new AnalyzerLink(host, port, frameText, 30_000, System.out::println)) {
            switch (args[0]) {
                case "send" -> {
                    for (AstmMessage message : messagesOf(Path.of(rest.get(0)))) {
                        link.send(message.encode().getBytes(StandardCharsets.ISO_8859_1), faults);
                    }
                }
                case "query" -> {
                    link.send(("H|\\^&|||VetLIS-Sim\rQ|1|^" + rest.get(0) + "||ALL||||||||O\rL|1|N\r").getBytes(StandardCharsets.ISO_8859_1));
                    byte[] answer = link.receive(faults);
                    System.out.println();
                    for (String record : new String(answer, StandardCharsets.ISO_8859_1).split("\r")) {
                        System.out.println(record);
                    }
                }
                default -> link.send(results(rest.get(0), rest.subList(1, rest.size())).getBytes(StandardCharsets.ISO_8859_1), faults);
            }
        }
    }

    /** The messages of a file: records as text, or a framed capture whose frames are unframed first. */
    static List<AstmMessage> messagesOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean framed = false;
        for (byte b : bytes) {
            framed |= b == AstmControl.STX;
        }
        byte[] text = framed ? AstmFrame.recordText(AstmFrameDecoder.decode(bytes).frames()) : bytes;
        return AstmMessage.decodeAll(new String(text, StandardCharsets.ISO_8859_1));
    }

    /** A results message for one tube: {@code CODE=VALUE[:UNIT]} per result, completed now. */
    static String results(String barcode, List<String> values) {
        String now = LocalDateTime.now().format(ASTM_TIME);
        StringBuilder m = new StringBuilder("H|\\^&|||VetLIS-Sim^1.0|||||||P|LIS2-A2|" + now + "\r")
                .append("P|1\r")
                .append("O|1|").append(barcode).append("||");
        for (int i = 0; i < values.size(); i++) {
            m.append(i == 0 ? "" : "\\").append("^^^").append(values.get(i).split("=", 2)[0]);
        }
        m.append("|R||||||N||||SERUM\r");
        for (int i = 0; i < values.size(); i++) {
            String[] codeValue = values.get(i).split("=", 2);
            if (codeValue.length < 2) {
                throw new IllegalArgumentException("a result is CODE=VALUE[:UNIT], not " + values.get(i));
            }
            String[] valueUnit = codeValue[1].split(":", 2);
            m.append("R|").append(i + 1).append("|^^^").append(codeValue[0]).append('|').append(valueUnit[0]).append('|')
                    .append(valueUnit.length > 1 ? valueUnit[1] : "").append("||N||F||||").append(now).append("\r");
        }
        return m.append("L|1|N\r").toString();
    }

    private static int intOption(List<String> args, String name, int fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        int value = Integer.parseInt(args.get(at + 1));
        args.remove(at + 1);
        args.remove(at);
        return value;
    }
}

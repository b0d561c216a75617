package org.vetlis.sim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plays analyzers against a running VetLIS over real TCP, with the same ASTM codec and link state machines.
 *
 * <pre>
 * load HOST PORT CONNECTIONS MESSAGES [FRAME_TEXT]
 *     CONNECTIONS analyzers at once, each sending MESSAGES result messages (one ENQ…EOT transmission each),
 *     after 10 % of them as warm-up; prints the latency from ENQ to the ACK of the last frame (which VetLIS
 *     sends only after the message is committed) as p50/p90/p99/max, and the throughput.
 * send HOST PORT FILE [FAULTS]
 *     sends the records of an .astm file (records separated by CR or LF; a framed capture is unframed first)
 * queryload HOST PORT CONNECTIONS QUERIES BARCODE_FILE [RATE]
 *     CONNECTIONS analyzers each asking QUERIES host queries (after 10 % warm-up) for barcodes from the file, back to
 *     back, or RATE queries a second between them (times then taken from when each query was due);
 *     prints the time to the first byte of each answer and to the whole answer, and the throughput
 * resultload HOST PORT CONNECTIONS MESSAGES API_URL METRICS_URL
 *     places CONNECTIONS x MESSAGES orders of ten chemistry tests over the REST API (token in VETLIS_TOKEN), then
 *     CONNECTIONS analyzers each report ten results on MESSAGES of those tubes; prints the ACK latency and the
 *     results committed onto test runs per second (until the server's metrics count every message read)
 * hl7queryload HOST PORT CONNECTIONS QUERIES BARCODE_FILE
 *     queryload over HL7: QBP^Q11 over MLLP, timed to the first byte of the RSP^K11 and to the whole of it
 * hl7qryload HOST PORT CONNECTIONS QUERIES BARCODE_FILE
 *     queryload as Mindray asks: QRY^Q02, timed to the first byte of the QCK^Q02 and to the whole DSR^Q03
 * hl7load HOST PORT CONNECTIONS MESSAGES API_URL METRICS_URL
 *     the same with HL7: orders of ten haematology tests, ORU^R01 messages over MLLP to the demo HL7 analyzer's port
 * query HOST PORT BARCODE
 *     asks what to run on a tube (host query) and prints VetLIS's answer
 * results HOST PORT BARCODE CODE=VALUE[:UNIT]... [FAULTS]
 *     reports results for a tube, e.g. GLU=5.4:mmol/L CREA=88:umol/L
 * FAULTS: --bad-checksum K (frame K's first send), --repeat K (frame K sent twice), --split (frames in two
 *     writes), --hang-up-before-eot, --frame N (frame text length, 240 by default); for query: --slow-ack MS
 *     (each frame of the answer acknowledged MS late), --contend (VetLIS's ENQ answered with ENQ: the analyzer
 *     goes first, sends a message, then takes the answer)
 * hl7 send HOST PORT FILE | hl7 results HOST PORT BARCODE CODE=VALUE[:UNIT]... | hl7 query HOST PORT BARCODE | hl7 qry HOST PORT BARCODE
 *     an HL7 v2 analyzer over MLLP (see {@link Hl7Peer}): the message as one block, VetLIS's acknowledgement printed
 * </pre>
 * Every byte sent and received is printed, control characters by name.
 */
public final class AnalyzerSimulator {

    private AnalyzerSimulator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 5 && args[0].equals("hl7")) {
            Hl7Peer.run(args);
            return;
        }
        if (args.length < 4) {
            usage();
        }
        String host = args[1];
        int port = Integer.parseInt(args[2]);
        switch (args[0]) {
            case "load" -> {
                if (args.length < 5) {
                    usage();
                }
                load(host, port, Integer.parseInt(args[3]), Integer.parseInt(args[4]), args.length > 5 ? Integer.parseInt(args[5]) : 240);
            }
            case "queryload", "hl7queryload", "hl7qryload" -> QueryLoad.run(host, port, Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Path.of(args[5]), switch (args[0]) {
                        case "hl7queryload" -> QueryLoad.Style.LAW;
                        case "hl7qryload" -> QueryLoad.Style.MINDRAY;
                        default -> QueryLoad.Style.ASTM;
                    }, args.length > 6 ? Double.parseDouble(args[6]) : 0);
            case "resultload", "hl7load" -> ResultLoad.run(host, port, Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5],
                    System.getenv("VETLIS_TOKEN"), args[6], args[0].equals("hl7load"));
            case "send", "results", "query" -> SimCommands.run(args);
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: load HOST PORT CONNECTIONS MESSAGES [FRAME_TEXT] | send HOST PORT FILE [FAULTS]"
                + " | queryload HOST PORT CONNECTIONS QUERIES BARCODE_FILE | resultload HOST PORT CONNECTIONS MESSAGES API_URL METRICS_URL | query HOST PORT BARCODE [--slow-ack MS] [--contend] | results HOST PORT BARCODE CODE=VALUE[:UNIT]... [FAULTS] | hl7 send HOST PORT FILE | hl7 results HOST PORT BARCODE CODE=VALUE[:UNIT]... | hl7 query HOST PORT BARCODE | hl7 qry HOST PORT BARCODE | hl7queryload/hl7qryload HOST PORT CONNECTIONS QUERIES BARCODE_FILE");
        System.exit(2);
    }

    static void load(String host, int port, int connections, int messages, int frameText) throws Exception {
        int warmUp = Math.max(1, messages / 10);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<Latencies>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            int analyzer = c;
            workers.add(pool.submit(() -> run(host, port, analyzer, warmUp, messages, frameText)));
        }
        Latencies all = new Latencies();
        try {
            for (Future<Latencies> worker : workers) {
                all.addAll(worker.get());
            }
        } finally {
            pool.shutdownNow(); // a failed connection ends the run instead of leaving the others' threads behind
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = connections * (warmUp + messages);
        System.out.printf(Locale.ROOT, "messages %d (%d measured) over %d connections, frame text %d bytes%n",
                total, all.count(), connections, frameText);
        System.out.printf(Locale.ROOT, "latency ENQ -> last ACK (stored): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                all.percentile(50) / 1e6, all.percentile(90) / 1e6, all.percentile(99) / 1e6, all.percentile(100) / 1e6);
        System.out.printf(Locale.ROOT, "throughput %.1f messages/s (%.1f s wall, warm-up included)%n", total / seconds, seconds);
    }

    private static Latencies run(String host, int port, int analyzer, int warmUp, int messages, int frameText) throws Exception {
        Latencies latencies = new Latencies();
        try (AnalyzerLink sender = new AnalyzerLink(host, port, frameText, 30_000, line -> { })) {
            for (int i = 0; i < warmUp + messages; i++) {
                byte[] message = resultMessage(analyzer, i);
                long began = System.nanoTime();
                sender.send(message);
                if (i >= warmUp) {
                    latencies.add(System.nanoTime() - began);
                }
            }
        }
        return latencies;
    }

    /** A chemistry result message of typical size (about 600 bytes, three frames of 240). */
    static byte[] resultMessage(int analyzer, int sequence) {
        String sample = String.format(Locale.ROOT, "SIM%02d%07d", analyzer, sequence);
        StringBuilder m = new StringBuilder()
                .append("H|\\^&|||VetLIS-Sim^1.0^").append(analyzer).append("|||||||P|LIS2-A2|20261124120000\r")
                .append("P|1||").append(sample).append("\r")
                .append("O|1|").append(sample).append("||^^^CHEM|R||||||N||||SERUM\r");
        String[][] results = {{"ALT", "54", "U/L", "10 to 125"}, {"ALP", "112", "U/L", "23 to 212"}, {"BUN", "6.1", "mmol/L", "2.5 to 9.6"},
                {"CREA", "98", "umol/L", "44 to 159"}, {"GLU", "5.4", "mmol/L", "4.1 to 7.9"}, {"TP", "66", "g/L", "52 to 82"},
                {"ALB", "31", "g/L", "23 to 40"}, {"CHOL", "5.2", "mmol/L", "2.8 to 8.3"}};
        for (int r = 0; r < results.length; r++) {
            m.append("R|").append(r + 1).append("|^^^").append(results[r][0]).append('|').append(results[r][1]).append('|')
                    .append(results[r][2]).append('|').append(results[r][3]).append("|N||F||||20261124120000\r");
        }
        return m.append("L|1|N\r").toString().getBytes(StandardCharsets.US_ASCII);
    }
}

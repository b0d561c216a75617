package org.vetlis.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Many analyzers asking at once what to run on their tubes: each connection sends host queries for barcodes of
 * real orders, one after the other, and takes each answer as an analyzer does. Measures, from the query's ENQ,
 * the first byte of VetLIS's answer (its ENQ, once the query is stored and the answer found) and the whole answer.
 */
final class QueryLoad {

    private QueryLoad() {
    }

    /** How the analyzers ask. */
    enum Style {
        /** Q records over the E1381 link. */
        ASTM,
        /** QBP^Q11 over MLLP, the answer the RSP^K11 block (first byte: its VT). */
        LAW,
        /** QRY^Q02 over MLLP, the answer the QCK^Q02 (first byte) and, with work, the DSR^Q03 (whole answer), acknowledged. */
        MINDRAY
    }

    static void run(String host, int port, int connections, int queries, Path barcodeFile, Style style) throws Exception {
        run(host, port, connections, queries, barcodeFile, style, 0);
    }

    /**
     * With {@code rate} &gt; 0, the connections together ask {@code rate} queries a second, each on its own schedule
     * (analyzers asking as tubes arrive, not back to back), and each time is taken from when the query was due, so a
     * server that falls behind shows it in the times instead of slowing the senders down.
     */
    static void run(String host, int port, int connections, int queries, Path barcodeFile, Style style, double rate) throws Exception {
        List<String> barcodes = Files.readAllLines(barcodeFile, StandardCharsets.US_ASCII).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (barcodes.isEmpty()) {
            throw new IllegalArgumentException("no barcodes in " + barcodeFile);
        }
        int warmUp = Math.max(1, queries / 10);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<Latencies[]>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            int analyzer = c;
            workers.add(pool.submit(() -> ask(switch (style) {
                case ASTM -> astm(host, port, analyzer);
                case LAW -> law(host, port);
                case MINDRAY -> mindray(host, port);
            }, analyzer, warmUp, queries, barcodes, rate <= 0 ? 0 : (long) (connections * 1e9 / rate), connections)));
        }
        Latencies firstByte = new Latencies();
        Latencies whole = new Latencies();
        try {
            for (Future<Latencies[]> worker : workers) {
                Latencies[] measured = worker.get();
                firstByte.addAll(measured[0]);
                whole.addAll(measured[1]);
            }
        } finally {
            pool.shutdownNow(); // a failed connection ends the run instead of leaving the others' threads behind
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = connections * (warmUp + queries);
        System.out.printf(Locale.ROOT, (style == Style.ASTM ? "" : style + " ") + "host queries %d (%d measured) over %d connections, %d barcodes%s%n",
                total, firstByte.count(), connections, barcodes.size(), rate > 0 ? String.format(Locale.ROOT, ", paced at %.0f queries/s", rate)
                        : ", back to back");
        print("query ENQ -> first byte of the answer", firstByte);
        print("query ENQ -> whole answer taken", whole);
        System.out.printf(Locale.ROOT, "throughput %.1f queries/s (%.1f s wall, warm-up included)%n", total / seconds, seconds);
    }

    /** One analyzer's connection asking about a tube; returns once the whole answer is taken. */
    private interface Asking extends AutoCloseable {
        void ask(String barcode, LongConsumer firstAnswerByte) throws Exception;
    }

    /** Host queries (Q records) over the E1381 link, the answer taken as the receiver. */
    private static Asking astm(String host, int port, int analyzer) throws IOException {
        AnalyzerLink link = new AnalyzerLink(host, port, 240, 30_000, line -> { });
        return new Asking() {
            @Override
            public void ask(String barcode, LongConsumer firstAnswerByte) throws IOException {
                link.send(("H|\\^&|||VetLIS-Sim^1.0^" + analyzer + "\rQ|1|^" + barcode + "||ALL||||||||O\rL|1|N\r")
                        .getBytes(StandardCharsets.US_ASCII));
                link.receive(firstAnswerByte);
            }

            @Override
            public void close() throws IOException {
                link.close();
            }
        };
    }

    /** QRY^Q02 over MLLP: QCK^Q02, then the DSR^Q03 when there is work, acknowledged. */
    private static Asking mindray(String host, int port) throws IOException {
        Hl7Peer peer = new Hl7Peer(host, port, line -> { });
        return new Asking() {
            @Override
            public void ask(String barcode, LongConsumer firstAnswerByte) throws IOException {
                peer.askMindray(barcode, firstAnswerByte);
            }

            @Override
            public void close() throws IOException {
                peer.close();
            }
        };
    }

    /** QBP^Q11 over MLLP, the RSP^K11 block taken whole. */
    private static Asking law(String host, int port) throws IOException {
        Hl7Peer peer = new Hl7Peer(host, port, line -> { });
        return new Asking() {
            @Override
            public void ask(String barcode, LongConsumer firstAnswerByte) throws IOException {
                String answer = peer.send(Hl7Peer.query(barcode), firstAnswerByte);
                if (!answer.contains("RSP^K11")) {
                    throw new IllegalStateException("not an RSP^K11: " + answer);
                }
            }

            @Override
            public void close() throws IOException {
                peer.close();
            }
        };
    }

    /** One connection's queries: back to back ({@code intervalNanos} 0), or one due every {@code intervalNanos}. */
    private static Latencies[] ask(Asking asking, int analyzer, int warmUp, int queries, List<String> barcodes, long intervalNanos,
                                   int connections) throws Exception {
        Latencies firstByte = new Latencies();
        Latencies whole = new Latencies();
        // the connections' schedules are spread over one interval, so the server sees a steady stream
        long due = System.nanoTime() + intervalNanos * analyzer / Math.max(1, connections);
        try (asking) {
            for (int i = 0; i < warmUp + queries; i++) {
                String barcode = barcodes.get(Math.floorMod(analyzer * 7919 + i, barcodes.size()));
                if (intervalNanos > 0) {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                long began = intervalNanos > 0 ? due : System.nanoTime();
                due += intervalNanos;
                long[] first = new long[1];
                asking.ask(barcode, at -> first[0] = at);
                long done = System.nanoTime();
                if (i >= warmUp) {
                    firstByte.add(first[0] - began);
                    whole.add(done - began);
                }
            }
        }
        return new Latencies[] {firstByte, whole};
    }

    private static void print(String what, Latencies l) {
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, l.percentile(50) / 1e6,
                l.percentile(90) / 1e6, l.percentile(99) / 1e6, l.percentile(100) / 1e6);
    }
}

package org.vetlis.sim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many analyzers asking at once what to run on their tubes: each connection sends host queries for barcodes of
 * real orders, one after the other, and takes each answer as an analyzer does. Measures, from the query's ENQ,
 * the first byte of VetLIS's answer (its ENQ, once the query is stored and the answer found) and the whole answer.
 */
final class QueryLoad {

    private QueryLoad() {
    }

    static void run(String host, int port, int connections, int queries, Path barcodeFile) throws Exception {
        run(host, port, connections, queries, barcodeFile, false);
    }

    /** With {@code hl7}, each query is a QBP^Q11 over MLLP and the answer the RSP^K11 block (first byte: its VT). */
    static void run(String host, int port, int connections, int queries, Path barcodeFile, boolean hl7) throws Exception {
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
            workers.add(pool.submit(() -> hl7 ? askHl7(host, port, analyzer, warmUp, queries, barcodes)
                    : ask(host, port, analyzer, warmUp, queries, barcodes)));
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
        System.out.printf(Locale.ROOT, (hl7 ? "HL7 " : "") + "host queries %d (%d measured) over %d connections, %d barcodes%n", total, firstByte.count(),
                connections, barcodes.size());
        print("query ENQ -> first byte of the answer", firstByte);
        print("query ENQ -> whole answer taken", whole);
        System.out.printf(Locale.ROOT, "throughput %.1f queries/s (%.1f s wall, warm-up included)%n", total / seconds, seconds);
    }

    private static Latencies[] ask(String host, int port, int analyzer, int warmUp, int queries, List<String> barcodes) throws Exception {
        Latencies firstByte = new Latencies();
        Latencies whole = new Latencies();
        try (AnalyzerLink link = new AnalyzerLink(host, port, 240, 30_000, line -> { })) {
            for (int i = 0; i < warmUp + queries; i++) {
                String barcode = barcodes.get(Math.floorMod(analyzer * 7919 + i, barcodes.size()));
                byte[] query = ("H|\\^&|||VetLIS-Sim^1.0^" + analyzer + "\rQ|1|^" + barcode + "||ALL||||||||O\rL|1|N\r")
                        .getBytes(StandardCharsets.US_ASCII);
                long began = System.nanoTime();
                long[] first = new long[1];
                link.send(query);
                link.receive(at -> first[0] = at);
                long done = System.nanoTime();
                if (i >= warmUp) {
                    firstByte.add(first[0] - began);
                    whole.add(done - began);
                }
            }
        }
        return new Latencies[] {firstByte, whole};
    }

    private static Latencies[] askHl7(String host, int port, int analyzer, int warmUp, int queries, List<String> barcodes)
            throws Exception {
        Latencies firstByte = new Latencies();
        Latencies whole = new Latencies();
        try (Hl7Peer peer = new Hl7Peer(host, port, line -> { })) {
            for (int i = 0; i < warmUp + queries; i++) {
                String barcode = barcodes.get(Math.floorMod(analyzer * 7919 + i, barcodes.size()));
                long began = System.nanoTime();
                long[] first = new long[1];
                String answer = peer.send(Hl7Peer.query(barcode), at -> first[0] = at);
                long done = System.nanoTime();
                if (!answer.contains("RSP^K11")) {
                    throw new IllegalStateException("not an RSP^K11: " + answer);
                }
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

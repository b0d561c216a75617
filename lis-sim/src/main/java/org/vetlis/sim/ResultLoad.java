package org.vetlis.sim;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many chemistry analyzers reporting at once, with results that land: orders for ten chemistry tests are placed over
 * REST first (one serum tube each), then each connection sends one result message per tube (ten R records, a
 * completion time of its own), back to back. Measures the ACK (message stored) and, from the server's metrics, when
 * every message has been read and its results committed onto the test runs: results committed per second.
 */
final class ResultLoad {

    static final String[][] CHEMISTRY = {{"ALT", "54", "U/L"}, {"ALP", "112", "U/L"}, {"BUN", "6.1", "mmol/L"},
            {"CREA", "98", "umol/L"}, {"GLU", "5.4", "mmol/L"}, {"TP", "66", "g/L"}, {"ALB", "31", "g/L"},
            {"CHOL", "5.2", "mmol/L"}, {"GGT", "4", "U/L"}, {"TBIL", "2.1", "umol/L"}};
    /** Ten haematology results as the demo HL7 analyzer names them: analyzer code, catalogue test, value, unit. */
    static final String[][] HAEMATOLOGY = {{"WBC", "WBC", "8.1", "10*9/L"}, {"RBC", "RBC", "6.9", "10*12/L"},
            {"HGB", "HGB", "152", "g/L"}, {"HCT", "HCT", "0.45", "L/L"}, {"MCV", "MCV", "66", "fL"}, {"MCH", "MCH", "22", "pg"},
            {"MCHC", "MCHC", "338", "g/L"}, {"PLT", "PLT", "310", "10*9/L"}, {"NEU#", "NEU", "5.2", "10*9/L"},
            {"LYM#", "LYM", "1.9", "10*9/L"}};
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern ACCESSION = Pattern.compile("\"accession\"\\s*:\\s*\"([0-9A-Z]+)\"");
    private static final Pattern READ = Pattern.compile("^vetlis_analyzer_messages_read_total\\{([^}]*)}\\s+([0-9.Ee+]+)", Pattern.MULTILINE);
    private static final DateTimeFormatter ASTM_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiBase;
    private final String token;
    private final String metricsUrl;
    private final boolean hl7;

    private ResultLoad(String apiBase, String token, String metricsUrl, boolean hl7) {
        this.apiBase = apiBase;
        this.token = token;
        this.metricsUrl = metricsUrl;
        this.hl7 = hl7;
    }

    /**
     * {@code apiBase} like http://localhost:8080/lis/api/v1, {@code metricsUrl} like http://localhost:8080/metrics; ASTM
     * chemistry (the demo chemistry analyzer) or, with {@code hl7}, HL7 haematology over MLLP (the demo HL7 analyzer).
     */
    static void run(String host, int port, int connections, int messages, String apiBase, String token, String metricsUrl, boolean hl7)
            throws Exception {
        new ResultLoad(apiBase, token, metricsUrl, hl7).measure(host, port, connections, messages);
    }

    private void measure(String host, int port, int connections, int messages) throws Exception {
        int tubes = connections * messages;
        System.out.printf(Locale.ROOT, "placing %d orders for %d %s tests each ...%n", tubes, CHEMISTRY.length,
                hl7 ? "haematology (HL7)" : "chemistry (ASTM)");
        List<String> barcodes = placeOrders(tubes);
        Map<String, Double> before = readCounts();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<Latencies>> workers = new ArrayList<>();
        LocalDateTime completedBase = LocalDateTime.now().withNano(0);
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            List<String> mine = barcodes.subList(c * messages, (c + 1) * messages);
            int analyzer = c;
            workers.add(pool.submit(() -> report(host, port, analyzer, mine, completedBase)));
        }
        Latencies acks = new Latencies();
        try {
            for (Future<Latencies> worker : workers) {
                acks.addAll(worker.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long acknowledged = System.nanoTime();
        Map<String, Double> after = awaitRead(before, tubes);
        long read = System.nanoTime();
        double ackSeconds = (acknowledged - start) / 1e9;
        double readSeconds = (read - start) / 1e9;
        System.out.printf(Locale.ROOT, "result messages %d (%d results) over %d connections%n", tubes, tubes * CHEMISTRY.length, connections);
        System.out.printf(Locale.ROOT, "latency ENQ -> last ACK (stored): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                acks.percentile(50) / 1e6, acks.percentile(90) / 1e6, acks.percentile(99) / 1e6, acks.percentile(100) / 1e6);
        System.out.printf(Locale.ROOT, "stored and acknowledged: %.1f messages/s (%.1f s)%n", tubes / ackSeconds, ackSeconds);
        System.out.printf(Locale.ROOT, "read, outcomes: %s%n", delta(before, after));
        double processed = delta(before, after).getOrDefault("PROCESSED", 0.0);
        System.out.printf(Locale.ROOT, "results committed onto test runs: %.0f in %.1f s = %.0f results/s%n",
                processed * CHEMISTRY.length, readSeconds, processed * CHEMISTRY.length / readSeconds);
    }

    /** One analyzer's connection reporting on a tube; returns once the message is acknowledged (stored). */
    private interface Reporting extends AutoCloseable {
        void report(int analyzer, String barcode, String completedAt) throws Exception;
    }

    private Reporting connect(String host, int port) throws IOException {
        if (hl7) {
            Hl7Peer peer = new Hl7Peer(host, port, line -> { });
            return new Reporting() {
                @Override
                public void report(int analyzer, String barcode, String completedAt) throws IOException {
                    String answer = peer.send(hl7Message(barcode, completedAt));
                    if (!answer.contains("MSA|AA|")) {
                        throw new IllegalStateException("not accepted: " + answer);
                    }
                }

                @Override
                public void close() throws IOException {
                    peer.close();
                }
            };
        }
        AnalyzerLink link = new AnalyzerLink(host, port, 240, 30_000, line -> { });
        return new Reporting() {
            @Override
            public void report(int analyzer, String barcode, String completedAt) throws IOException {
                link.send(message(analyzer, barcode, completedAt));
            }

            @Override
            public void close() throws IOException {
                link.close();
            }
        };
    }

    private Latencies report(String host, int port, int analyzer, List<String> barcodes, LocalDateTime completedBase) throws Exception {
        Latencies latencies = new Latencies();
        try (Reporting reporting = connect(host, port)) {
            for (int i = 0; i < barcodes.size(); i++) {
                String completed = completedBase.plusSeconds((long) analyzer * barcodes.size() + i).format(ASTM_TIME);
                long began = System.nanoTime();
                reporting.report(analyzer, barcodes.get(i), completed);
                latencies.add(System.nanoTime() - began);
            }
        }
        return latencies;
    }

    /** Ten haematology results for one tube in an ORU^R01, as an HL7 analyzer reports them. */
    static String hl7Message(String barcode, String completedAt) {
        StringBuilder m = new StringBuilder("MSH|^~\\&|VetLIS-Sim|LAB|VETLIS|LAB|").append(completedAt).append("||ORU^R01^ORU_R01|")
                .append(java.util.UUID.randomUUID()).append("|P|2.5.1\r")
                .append("OBR|1|").append(barcode).append("||CBC|||").append(completedAt).append('\r');
        for (int r = 0; r < HAEMATOLOGY.length; r++) {
            m.append("OBX|").append(r + 1).append("|NM|").append(HAEMATOLOGY[r][0]).append("||").append(HAEMATOLOGY[r][2]).append('|')
                    .append(HAEMATOLOGY[r][3]).append("||N|||F|||").append(completedAt).append('\r');
        }
        return m.toString();
    }

    /** Ten chemistry results for one tube, as a chemistry analyzer reports them. */
    static byte[] message(int analyzer, String barcode, String completedAt) {
        StringBuilder m = new StringBuilder()
                .append("H|\\^&|||VetLIS-Sim^1.0^").append(analyzer).append("|||||||P|LIS2-A2|").append(completedAt).append('\r')
                .append("P|1\r")
                .append("O|1|").append(barcode).append("||^^^CHEM|R||||||N||||SERUM\r");
        for (int r = 0; r < CHEMISTRY.length; r++) {
            m.append("R|").append(r + 1).append("|^^^").append(CHEMISTRY[r][0]).append('|').append(CHEMISTRY[r][1]).append('|')
                    .append(CHEMISTRY[r][2]).append("||N||F||||").append(completedAt).append('\r');
        }
        return m.append("L|1|N\r").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Orders per animal: a busy day for one dog, not a lifetime (each result is read against the animal's history). */
    private static final int ORDERS_PER_ANIMAL = 10;

    private List<String> placeOrders(int count) throws Exception {
        String owner = first(ID, post("/owners", "{\"lastName\":\"Bench\"}"));
        String patient = null;
        StringBuilder tests = new StringBuilder();
        for (String[] test : hl7 ? HAEMATOLOGY : CHEMISTRY) {
            tests.append(tests.length() == 0 ? "" : ",").append('"').append(test[hl7 ? 1 : 0]).append('"');
        }
        List<String> barcodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % ORDERS_PER_ANIMAL == 0) {
                patient = first(ID, post("/patients", "{\"ownerId\":" + owner + ",\"name\":\"Load " + i / ORDERS_PER_ANIMAL
                        + "\",\"species\":\"DOG\",\"sex\":\"FEMALE\",\"neuterStatus\":\"NEUTERED\"}"));
            }
            barcodes.add(first(ACCESSION, post("/orders", "{\"patientId\":" + patient + ",\"tests\":[" + tests + "]}")));
        }
        return barcodes;
    }

    private String post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(apiBase + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Waits (up to five minutes) until {@code expected} more messages have been read than before. */
    private Map<String, Double> awaitRead(Map<String, Double> before, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Map<String, Double> now = readCounts();
        while (delta(before, now).values().stream().mapToDouble(Double::doubleValue).sum() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
            now = readCounts();
        }
        return now;
    }

    /** Messages read so far, by outcome, as the server's metrics count them. */
    private Map<String, Double> readCounts() throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(metricsUrl)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Double> counts = new HashMap<>();
        Matcher m = READ.matcher(body);
        while (m.find()) {
            Matcher outcome = Pattern.compile("outcome=\"([A-Z_]+)\"").matcher(m.group(1));
            if (outcome.find()) {
                counts.merge(outcome.group(1), Double.parseDouble(m.group(2)), Double::sum);
            }
        }
        return counts;
    }

    private static Map<String, Double> delta(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> d = new HashMap<>();
        after.forEach((k, v) -> {
            double diff = v - before.getOrDefault(k, 0.0);
            if (diff > 0) {
                d.put(k, diff);
            }
        });
        return d;
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found in answer: " + text);
        }
        return m.group(1);
    }
}

package org.vetlis.sim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays an integrator reading the REST API, to time the queries a lab's screens and integrations repeat all day.
 *
 * <pre>
 * BASE_URL REQUESTS PATH...
 *     for each PATH (relative to BASE_URL, e.g. /orders?size=50): 30 warm-up requests, then REQUESTS timed ones,
 *     one at a time; prints the matches (the "total" of a page) and p50/p95/p99 of the whole HTTP exchange.
 *     The bearer token comes from the environment variable VETLIS_TOKEN.
 * </pre>
 */
public final class ApiProbe {

    private static final int WARM_UP = 30;
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private ApiProbe() {
    }

    public static void main(String[] args) throws Exception {
        String token = System.getenv("VETLIS_TOKEN");
        if (args.length < 3 || token == null || token.isBlank()) {
            System.err.println("usage: VETLIS_TOKEN=... ApiProbe BASE_URL REQUESTS PATH...");
            System.exit(2);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int requests = Integer.parseInt(args[1]);
        System.out.printf(Locale.ROOT, "%-60s %10s %9s %9s %9s%n", "request", "matches", "p50", "p95", "p99");
        for (String path : Arrays.copyOfRange(args, 2, args.length)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(args[0] + path)).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json, application/pdf;q=0.9").timeout(Duration.ofSeconds(30)).GET().build();
            String total = "-";
            for (int i = 0; i < WARM_UP; i++) {
                total = matches(send(http, request));
            }
            Latencies latencies = new Latencies();
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                send(http, request);
                latencies.add(System.nanoTime() - start);
            }
            System.out.printf(Locale.ROOT, "%-60s %10s %6.1f ms %6.1f ms %6.1f ms%n", path, total,
                    latencies.percentile(50) / 1e6, latencies.percentile(95) / 1e6, latencies.percentile(99) / 1e6);
        }
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String matches(String body) {
        Matcher total = TOTAL.matcher(body);
        return total.find() ? total.group(1) : "-";
    }
}

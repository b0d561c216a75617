package org.vetlis.interfaces.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;
import org.vetlis.lab.domain.order.AccessionFormat;

/** Placing orders over the API: specimens and barcodes per specimen type, test runs, idempotency, refusals. */
@ExtendWith(ArquillianExtension.class)
class OrderApiIT {

    private final ApiClient api = new ApiClient();
    private final HttpClient http = HttpClient.newHttpClient();
    private long patient;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void aCat() {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Order" + UUID.randomUUID()
                .toString().substring(0, 6)).build())).getJsonNumber("id").longValue();
        patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Mimi")
                .add("species", "CAT").add("sex", "FEMALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
    }

    @Test
    void aCbcAndChem17MakeTwoLabelledSpecimensAndThirtyPendingRuns() {
        HttpResponse<String> placed = place(null, "CBC", "chem17");

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonObject order = json(placed);
        assertThat(order.getString("status")).isEqualTo("ENTERED");
        assertThat(order.getString("urgency")).isEqualTo("STAT");
        List<JsonObject> specimens = order.getJsonArray("specimens").getValuesAs(JsonObject.class);
        assertThat(specimens).extracting(s -> s.getString("specimenType")).containsExactly("EDTA", "SERUM");
        specimens.forEach(s -> assertThat(AccessionFormat.DEFAULT.parse(s.getString("accession"))).isNotNull());
        Map<String, String> accessionOfType = specimens.stream()
                .collect(Collectors.toMap(s -> s.getString("specimenType"), s -> s.getString("accession")));
        List<JsonObject> runs = order.getJsonArray("testRuns").getValuesAs(JsonObject.class);
        assertThat(runs).hasSize(30).allSatisfy(r -> assertThat(r.getString("status")).isEqualTo("PENDING"));
        assertThat(runs).filteredOn(r -> r.getString("test").equals("HGB")).singleElement()
                .satisfies(r -> assertThat(r.getString("accession")).isEqualTo(accessionOfType.get("EDTA")));
        assertThat(runs).filteredOn(r -> r.getString("test").equals("ALT")).singleElement()
                .satisfies(r -> assertThat(r.getString("accession")).isEqualTo(accessionOfType.get("SERUM")));
        assertThat(json(api.get("viewer", "/orders/" + order.getJsonNumber("id"))).getJsonArray("testRuns")).hasSize(30);
    }

    @Test
    void theSameIdempotencyKeyGivesTheFirstOrderBack() throws SQLException {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = place(key, "PREOP");
        HttpResponse<String> again = place(key, "PREOP");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(again).getJsonNumber("id")).isEqualTo(json(first).getJsonNumber("id"));
        assertThat(ordersOfPatient()).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeySentAtOnceFromManyThreadsMakesOneOrder() throws Exception {
        String key = UUID.randomUUID().toString();
        api.token("integration");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return place(key, "CBC");
                }));
            }
            start.countDown();
            Set<Long> ids = new HashSet<>();
            int created = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
                created += response.statusCode() == 201 ? 1 : 0;
                ids.add(json(response).getJsonNumber("id").longValue());
            }
            assertThat(created).isEqualTo(1);
            assertThat(ids).hasSize(1);
            assertThat(ordersOfPatient()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownTestCodeIsRefusedAndNothingIsWritten() throws SQLException {
        HttpResponse<String> refused = place(null, "CBC", "NOPE");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"tests\"", "NOPE");
        assertThat(ordersOfPatient()).isZero();
    }

    @Test
    void receivingAndRejectingSpecimensMoveTheOrderAndARejectedTubeCannotBeReceived() {
        JsonObject order = json(place(null, "PREOP"));
        List<JsonObject> specimens = order.getJsonArray("specimens").getValuesAs(JsonObject.class);
        String edta = specimens.get(0).getString("accession");
        String serum = specimens.get(1).getString("accession");

        HttpResponse<String> received = api.post("tech", "/specimens/" + serum + "/receive", Json.createObjectBuilder().build());
        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        assertThat(json(received).getString("status")).isEqualTo("RECEIVED");
        assertThat(json(received).getString("orderStatus")).isEqualTo("IN_PROGRESS");

        HttpResponse<String> rejected = api.post("tech", "/specimens/" + edta + "/reject",
                Json.createObjectBuilder().add("reason", "clotted").build());
        assertThat(json(rejected).getString("rejectReason")).isEqualTo("CLOTTED");

        HttpResponse<String> again = api.post("tech", "/specimens/" + edta + "/receive", Json.createObjectBuilder().build());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(api.get("viewer", "/specimens/" + edta)).getString("status")).isEqualTo("REJECTED");
    }

    @Test
    void aMistypedBarcodeIsRefusedAndAnUnknownOneIsNotFound() {
        String good = AccessionFormat.DEFAULT.issue(2099, 1234567).value();
        String typo = good.substring(0, 9) + (char) ('0' + (good.charAt(9) - '0' + 1) % 10);

        assertThat(api.get("tech", "/specimens/" + typo).statusCode()).isEqualTo(422);
        assertThat(api.get("tech", "/specimens/" + good).statusCode()).isEqualTo(404);
    }

    @Test
    void aRerunReplacesTheReportableRunAndKeepsTheFirstResult() {
        JsonObject order = json(place(null, "GLU"));
        String serum = order.getJsonArray("specimens").getJsonObject(0).getString("accession");
        long first = order.getJsonArray("testRuns").getJsonObject(0).getJsonNumber("id").longValue();
        api.post("tech", "/specimens/" + serum + "/receive", Json.createObjectBuilder().build());
        api.post("tech", "/test-runs/" + first + "/result", Json.createObjectBuilder().add("value", "25.1").build());

        HttpResponse<String> rerun = api.post("tech", "/test-runs/" + first + "/rerun", Json.createObjectBuilder().build());

        assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(200);
        assertThat(json(rerun).getInt("run")).isEqualTo(2);
        List<JsonObject> runs = json(api.get("viewer", "/orders/" + order.getJsonNumber("id"))).getJsonArray("testRuns")
                .getValuesAs(JsonObject.class);
        assertThat(runs).hasSize(2);
        assertThat(runs).filteredOn(r -> r.getBoolean("reportable")).singleElement()
                .satisfies(r -> assertThat(r.getString("status")).isEqualTo("PENDING"));
        assertThat(runs).filteredOn(r -> !r.getBoolean("reportable")).singleElement()
                .satisfies(r -> assertThat(r.getString("value")).isEqualTo("25.1"));
        assertThat(api.post("tech", "/test-runs/" + first + "/rerun", Json.createObjectBuilder().build()).statusCode())
                .as("only the latest run can be rerun").isEqualTo(409);
    }

    @Test
    void commentsAreKeptInOrderWithTheirAuthors() {
        long id = json(place(null, "T4")).getJsonNumber("id").longValue();

        api.post("integration", "/orders/" + id + "/comments", Json.createObjectBuilder().add("text", "fasted 12 h").build());
        HttpResponse<String> second = api.post("tech", "/orders/" + id + "/comments",
                Json.createObjectBuilder().add("text", "sample slightly lipaemic").build());

        assertThat(second.statusCode()).isEqualTo(200);
        List<JsonObject> comments = json(api.get("viewer", "/orders/" + id)).getJsonArray("comments").getValuesAs(JsonObject.class);
        assertThat(comments).extracting(c -> c.getString("author") + ": " + c.getString("text"))
                .containsExactly("integration: fasted 12 h", "tech: sample slightly lipaemic");
        assertThat(api.post("tech", "/orders/" + id + "/comments", Json.createObjectBuilder().add("text", " ").build()).statusCode())
                .isEqualTo(422);
    }

    @Test
    void aCancelledOrderNeedsAReasonAndShowsUpByStatus() {
        long id = json(place(null, "T4")).getJsonNumber("id").longValue();

        assertThat(api.post("reception", "/orders/" + id + "/cancel", Json.createObjectBuilder().build()).statusCode()).isEqualTo(422);
        HttpResponse<String> cancelled = api.post("reception", "/orders/" + id + "/cancel",
                Json.createObjectBuilder().add("reason", "owner declined").build());

        assertThat(json(cancelled).getString("status")).isEqualTo("CANCELLED");
        assertThat(json(cancelled).getJsonArray("testRuns").getJsonObject(0).getString("status")).isEqualTo("CANCELLED");
        JsonObject found = json(api.get("viewer", "/orders?status=cancelled&patientId=" + patient));
        assertThat(found.getInt("total")).isEqualTo(1);
        assertThat(api.post("reception", "/orders/" + id + "/cancel", Json.createObjectBuilder().add("reason", "again").build())
                .statusCode()).isEqualTo(409);
    }

    @Test
    void aTubeKeepsItsHistoryLabelledCollectedReceivedWithWhoAndWhen() {
        JsonObject order = json(place(null, "PREOP"));
        List<JsonObject> specimens = order.getJsonArray("specimens").getValuesAs(JsonObject.class);
        String edta = specimens.get(0).getString("accession");
        String serum = specimens.get(1).getString("accession");
        OffsetDateTime takenAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> collected = api.post("reception", "/specimens/" + serum + "/collect",
                Json.createObjectBuilder().add("collectedAt", takenAt.toString()).build());
        assertThat(collected.statusCode()).as(collected.body()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(json(collected).getString("collectedAt")).toInstant()).isEqualTo(takenAt.toInstant());
        assertThat(json(collected).getString("collectedBy")).isEqualTo("reception");
        assertThat(api.post("reception", "/specimens/" + serum + "/collect", Json.createObjectBuilder().build()).statusCode())
                .as("collection is recorded once").isEqualTo(409);
        HttpResponse<String> tomorrow = api.post("reception", "/specimens/" + edta + "/collect",
                Json.createObjectBuilder().add("collectedAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()).build());
        assertThat(tomorrow.statusCode()).isEqualTo(422);
        assertThat(tomorrow.body()).contains("collectedAt", "in the future");
        assertThat(api.post("tech", "/specimens/" + serum + "/receive", Json.createObjectBuilder().build()).statusCode()).isEqualTo(200);
        assertThat(api.post("reception", "/specimens/" + serum + "/collect", Json.createObjectBuilder().build()).statusCode())
                .as("too late once received").isEqualTo(409);

        JsonObject specimen = json(api.get("viewer", "/specimens/" + serum));
        List<JsonObject> history = specimen.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(e -> e.getString("event")).containsExactly("COLLECTED", "LABELLED", "RECEIVED");
        assertThat(history).extracting(e -> e.getString("by")).containsExactly("reception", "integration", "tech");
        assertThat(json(api.get("viewer", "/specimens/" + edta)).getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("event")).containsExactly("LABELLED");
        assertThat(json(api.get("manager", "/audit?entity=Specimen&id=" + serum)).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).contains("SPECIMEN_COLLECTED", "SPECIMEN_RECEIVED");
    }

    private HttpResponse<String> place(String idempotencyKey, String... tests) {
        JsonObject body = Json.createObjectBuilder().add("patientId", patient).add("urgency", "stat")
                .add("tests", Json.createArrayBuilder(List.of(tests)))
                .add("requestedBy", Json.createObjectBuilder().add("clinic", "Tierklinik Test").add("veterinarian", "Dr. Vet")).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/lis/api/v1/orders"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + api.token("integration"))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long ordersOfPatient() throws SQLException {
        try (Connection db = TestServer.database(); PreparedStatement q = db.prepareStatement("select count(*) from lab_order where patient_id = ?")) {
            q.setLong(1, patient);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

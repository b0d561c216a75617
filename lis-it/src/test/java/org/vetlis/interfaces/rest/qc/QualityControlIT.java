package org.vetlis.interfaces.rest.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vetlis.it.ApiClient.array;
import static org.vetlis.it.ApiClient.json;
import static org.vetlis.it.Eventually.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.it.AnalyzerPeer;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;

/**
 * Quality control on a real server, through a real analyzer socket: a control 3.5 SD high fails QC and holds the
 * analyzer's next patient result; a corrective action and an accepted run let results flow again; the look-back lists
 * exactly the patient results verified between the last good run and the rejection. Each test has an analyzer of its
 * own, so no other test's results fall in its look-back.
 */
@ExtendWith(ArquillianExtension.class)
class QualityControlIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aControlBeyondThreeSdHoldsPatientResultsUntilACorrectiveActionAndAnAcceptedRun() throws Exception {
        Analyzer analyzer = analyzer();
        lot(analyzer.code, "A77", "2", 120, 5);

        long before = patientResult(analyzer, "44", "20261125080000");
        verify(before);
        analyzer.send(controlByOrder("A77", "121.5"));
        awaitQcRuns(analyzer.code, 1);
        long between = patientResult(analyzer, "52", "20261125090000");
        verify(between);

        // R then Q test^lot^level: a control, 137.5 = +3.5 SD, and no host query to answer
        try (AnalyzerPeer peer = new AnalyzerPeer(analyzer.port)) {
            assertThat(peer.send("H|\\^&|||" + analyzer.code + "|||||||P|LIS2-A2\rP|1\rO|1|QC-RUN||^^^ALT\rR|1|^^^ALT|137.5|U/L||N||F\r"
                    + "Q|1|ALT^A77^2\rL|1|N\r")).isEqualTo(AstmControl.ACK);
            assertThat(peer.quietFor(Duration.ofSeconds(2))).as("the analyzer receives no order reply").isTrue();
        }
        JsonObject failed = await(() -> state(analyzer.code), s -> s != null && s.getString("state").equals("FAILED"), "QC failed");
        assertThat(failed.getString("failedBecause")).contains("1-3s", "+3.50 SD");
        List<JsonObject> results = qcResults(analyzer.code);
        assertThat(results).extracting(r -> r.getString("verdict")).containsExactly("ACCEPTED", "REJECTED");
        assertThat(results.get(1).getJsonNumber("z").doubleValue()).isEqualTo(3.5);
        assertThat(messages(analyzer.code)).filteredOn(m -> "QC".equals(m.getString("kind", "")))
                .extracting(m -> m.getString("detail")).contains("1 QC result(s)", "1 QC result(s), the run rejected");

        long held = patientResult(analyzer, "60", "20261125110000");
        JsonObject heldRun = run(held);
        assertThat(heldRun.getString("review")).contains("QC check", "ALT on " + analyzer.code, "1-3s");
        HttpResponse<String> refused = api.post("pathologist", "/test-runs/" + held + "/verify", Json.createObjectBuilder().build());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).getString("detail")).contains("held by QC", "rerun it once QC is accepted again");

        long rejection = failed.getJsonNumber("rejection").longValue();
        JsonObject lookback = json(api.get("manager", "/qc/lookback/" + rejection));
        assertThat(lookback.getJsonArray("results").getValuesAs(JsonObject.class)).extracting(r -> r.getJsonNumber("runId").longValue())
                .as("verified after the last good run and before the rejection: not the earlier one, not the held one").containsExactly(between);

        analyzer.send(controlByOrder("A77", "120.5"));
        awaitQcRuns(analyzer.code, 3);
        assertThat(state(analyzer.code).getString("state")).as("an accepted run without a corrective action ends nothing").isEqualTo("FAILED");

        assertThat(api.post("viewer", "/qc/status/" + analyzer.code + "/ALT/corrective-action", Json.createObjectBuilder()
                .add("reason", "x").build()).statusCode()).isEqualTo(403);
        HttpResponse<String> action = api.post("tech", "/qc/status/" + analyzer.code + "/ALT/corrective-action", Json.createObjectBuilder()
                .add("reason", "Recalibrated ALT").add("comment", "Reagent lot R-19 opened; calibrators run, both in range").build());
        assertThat(action.statusCode()).as(action.body()).isEqualTo(200);
        analyzer.send(controlByOrder("A77", "119.0"));
        await(() -> state(analyzer.code), s -> s.getString("state").equals("IN_CONTROL"), "QC in control again");

        long after = patientResult(analyzer, "48", "20261125130000");
        assertThat(run(after).getString("review", null)).isNull();
        verify(after);
        assertThat(api.post("pathologist", "/test-runs/" + held + "/verify", Json.createObjectBuilder().build()).statusCode())
                .as("a result measured while QC had failed stays held").isEqualTo(409);

        assertThat(api.post("manager", "/qc/lookback/" + rejection + "/mark", Json.createObjectBuilder().build()).statusCode()).isEqualTo(200);
        assertThat(run(between).getString("review")).contains("QC look-back", "review it, rerun or amend it");
        assertThat(run(between).getString("status")).isEqualTo("VERIFIED");
        assertThat(array(api.get("manager", "/qc/events?instrument=" + analyzer.code + "&test=ALT")).getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("kind")).containsExactly("LOOKBACK_MARKED", "ACCEPTED_AGAIN", "CORRECTIVE_ACTION", "REJECTED");
        var trail = json(api.get("admin", "/audit?entity=QcState&id=" + analyzer.code + "/ALT")).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(trail).extracting(e -> e.getString("action")).contains("QC_REJECTED", "QC_CORRECTIVE_ACTION", "QC_ACCEPTED_AGAIN");
    }

    @Test
    void aBenchAnalyzersControlsTypedInEstablishTheLabsOwnTargetAndAreJudgedAfter() throws Exception {
        Analyzer bench = analyzer();
        HttpResponse<String> own = api.post("manager", "/qc/lots", Json.createObjectBuilder().add("instrument", bench.code).add("test", "ALT")
                .add("material", "In-house pool").add("lotNumber", "POOL-1").add("level", "1").add("expiresOn", LocalDate.now().plusMonths(6).toString())
                .add("establishingRuns", 20).build());
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        assertThat(api.post("manager", "/qc/lots", Json.createObjectBuilder().add("instrument", bench.code).add("test", "ALT")
                .add("material", "x").add("lotNumber", "P2").add("level", "2").add("expiresOn", LocalDate.now().plusMonths(6).toString())
                .add("establishingRuns", 5).build()).statusCode()).as("fewer than 20 runs").isEqualTo(422);

        double[] first = {48, 52, 50, 49, 51, 50, 47, 53, 50, 50, 49, 51, 48, 52, 50, 50, 51, 49, 50, 50};
        for (int i = 0; i < first.length; i++) {
            HttpResponse<String> typed = api.post("tech", "/qc/results", Json.createObjectBuilder().add("instrument", bench.code)
                    .add("measuredAt", "2026-11-0" + (1 + i / 10) + "T0" + (i % 10) + ":00:00Z")
                    .add("results", Json.createArrayBuilder().add(Json.createObjectBuilder().add("test", "ALT").add("level", "1").add("value", first[i])))
                    .build());
            assertThat(typed.statusCode()).as(typed.body()).isEqualTo(201);
            assertThat(array(typed).getJsonObject(0).getString("verdict")).isEqualTo("ESTABLISHING");
        }
        JsonObject lot = array(api.get("tech", "/qc/lots?instrument=" + bench.code + "&test=ALT")).getJsonObject(0);
        assertThat(lot.getJsonNumber("mean").doubleValue()).isEqualTo(50.0);
        assertThat(lot.getJsonNumber("sd").doubleValue()).as("sqrt(40 / 19)").isCloseTo(1.450953, within(0.000001));

        HttpResponse<String> judged = api.post("tech", "/qc/results", Json.createObjectBuilder().add("instrument", bench.code)
                .add("results", Json.createArrayBuilder().add(Json.createObjectBuilder().add("test", "ALT").add("level", "1").add("value", 53.2)))
                .build());
        JsonObject result = array(judged).getJsonObject(0);
        assertThat(result.getString("verdict")).as("+2.21 SD: a 1-2s warning").isEqualTo("WARNING");
        assertThat(result.getString("violations")).contains("1-2s", "+2.21 SD");
        assertThat(qcResults(bench.code)).extracting(r -> r.getString("verdict")).startsWith("ESTABLISHING").endsWith("WARNING");

        HttpResponse<String> unknown = api.post("tech", "/qc/results", Json.createObjectBuilder().add("instrument", bench.code)
                .add("results", Json.createArrayBuilder().add(Json.createObjectBuilder().add("test", "ALT").add("level", "1").add("value", 50))
                        .add(Json.createObjectBuilder().add("test", "ALT").add("level", "3").add("value", 90))).build());
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("level 3", "no lot");
        assertThat(qcResults(bench.code)).as("nothing of a refused run is kept").hasSize(21);
    }

    // an analyzer of the test's own, listening on a free port, with ALT mapped

    private record Analyzer(String code, int port) {
        void send(String message) throws Exception {
            try (AnalyzerPeer peer = new AnalyzerPeer(port)) {
                assertThat(peer.send(message)).isEqualTo(AstmControl.ACK);
            }
        }
    }

    private Analyzer analyzer() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String code = "QC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpResponse<String> created = api.post("manager", "/instruments", Json.createObjectBuilder().add("code", code)
                .add("name", "Chemistry analyzer for QC").add("port", port).add("testCodes", Json.createObjectBuilder().add("ALT", "ALT")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        int listening = port;
        await(() -> {
            try (Socket probe = new Socket("127.0.0.1", listening)) {
                return true;
            } catch (java.io.IOException notYet) {
                return false;
            }
        }, up -> up, "the new analyzer's listener");
        return new Analyzer(code, port);
    }

    private void lot(String instrument, String lot, String level, double mean, double sd) {
        HttpResponse<String> created = api.post("manager", "/qc/lots", Json.createObjectBuilder().add("instrument", instrument).add("test", "ALT")
                .add("material", "Liquichek Chemistry").add("lotNumber", lot).add("level", level).add("unit", "U/L")
                .add("expiresOn", LocalDate.now().plusYears(1).toString()).add("mean", mean).add("sd", sd).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** A QC message marked by its order's action code (O.12 Q), the control named by its specimen id: the lot number. */
    private static String controlByOrder(String lot, String value) {
        return "H|\\^&\rP|1\rO|1|" + lot + "||^^^ALT|R||||||Q\rR|1|^^^ALT|" + value + "|U/L||N||F\rL|1|N\r";
    }

    /** The orders of the runs this test made, by run. */
    private final java.util.Map<Long, Long> orderOfRun = new java.util.HashMap<>();

    /** A dog's ALT from the analyzer: the run's id once the result is in. */
    private long patientResult(Analyzer analyzer, String value, String completedAt) throws Exception {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Control").build())).getJsonNumber("id").longValue();
        long dog = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Qc " + value)
                .add("species", "DOG").add("sex", "MALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", dog)
                .add("tests", Json.createArrayBuilder().add("ALT")).build()));
        String serum = order.getJsonArray("specimens").getJsonObject(0).getString("accession");
        analyzer.send("H|\\^&\rP|1\rO|1|" + serum + "||^^^ALT|R\rR|1|^^^ALT|" + value + "|U/L||N||F||||" + completedAt + "\rL|1|N\r");
        JsonObject resulted = await(() -> json(api.get("viewer", "/orders/" + order.getJsonNumber("id"))).getJsonArray("testRuns").getJsonObject(0),
                r -> r.getString("status").equals("RESULTED"), "the analyzer's ALT");
        orderOfRun.put(resulted.getJsonNumber("id").longValue(), order.getJsonNumber("id").longValue());
        return resulted.getJsonNumber("id").longValue();
    }

    private void verify(long run) {
        HttpResponse<String> verified = api.post("pathologist", "/test-runs/" + run + "/verify", Json.createObjectBuilder().build());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    }

    private JsonObject run(long id) {
        return json(api.get("viewer", "/orders/" + orderOfRun.get(id))).getJsonArray("testRuns").getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow();
    }

    private JsonObject state(String instrument) {
        return array(api.get("tech", "/qc/status")).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("instrument").equals(instrument) && s.getString("test").equals("ALT")).findFirst().orElse(null);
    }

    private List<JsonObject> qcResults(String instrument) {
        return array(api.get("tech", "/qc/results?instrument=" + instrument + "&test=ALT&from=2026-01-01T00:00:00Z")).getValuesAs(JsonObject.class);
    }

    private void awaitQcRuns(String instrument, int runs) throws InterruptedException {
        await(() -> qcResults(instrument).size(), n -> n >= runs, runs + " QC result(s)");
    }

    private List<JsonObject> messages(String instrument) {
        return json(api.get("manager", "/messages?instrument=" + instrument)).getJsonArray("items").getValuesAs(JsonObject.class);
    }
}

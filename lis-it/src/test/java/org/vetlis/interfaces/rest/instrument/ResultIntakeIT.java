package org.vetlis.interfaces.rest.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;
import static org.vetlis.it.Eventually.await;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.connector.astm.link.AstmFrameEncoder;
import org.vetlis.it.AnalyzerPeer;
import org.vetlis.it.TestServer;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;
import org.vetlis.lab.domain.order.AccessionFormat;

/**
 * Results from an analyzer (the demo chemistry analyzer on the demo listener) over a real socket, onto the test
 * runs of an order placed over REST: taken once, never verified, unmatched ones quarantined and matched later.
 */
@ExtendWith(ArquillianExtension.class)
class ResultIntakeIT {

    private final ApiClient api = new ApiClient();
    private long orderId;
    private String serum;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void anOrderForGlucoseAndCreatinine() {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Analyzer").build()))
                .getJsonNumber("id").longValue();
        long patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Tigger")
                .add("species", "CAT").add("sex", "MALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("tests", Json.createArrayBuilder().add("GLU").add("CREA")).build()));
        orderId = order.getJsonNumber("id").longValue();
        serum = order.getJsonArray("specimens").getJsonObject(0).getString("accession");
    }

    @Test
    void resultsLandOnTheirRunsResultedNeverVerifiedAndASecondSendingChangesNothing() throws Exception {
        String message = results(serum, "20261124101500", "GLU", "5.4", "CRE", "88");

        assertThat(send(message)).isEqualTo(AstmControl.ACK);
        JsonObject order = awaitOrder(o -> runs(o).stream().allMatch(r -> r.getString("status").equals("RESULTED")));
        assertThat(order.getString("status")).isEqualTo("RESULTED");
        assertThat(run(order, "GLU").getString("value")).isEqualTo("5.4");
        assertThat(run(order, "GLU").getString("enteredBy")).isEqualTo("DEMO-CHEM");
        assertThat(run(order, "CREA").getString("value")).isEqualTo("88");
        assertThat(run(order, "CREA").getString("unit")).isEqualTo("umol/L");

        assertThat(send(message)).as("sent again: acknowledged").isEqualTo(AstmControl.ACK);
        JsonObject again = awaitMessage(serum, m -> m.getString("outcome").equals("DUPLICATE"));
        assertThat(again.getString("detail")).contains("2 received before");
        assertThat(runs(json(api.get("viewer", "/orders/" + orderId)))).hasSize(2);
    }

    @Test
    void anAnalyzerThatLostItsConnectionBeforeTheLastAckSendsAgainAndTheResultIsTakenOnce() throws Exception {
        String message = results(serum, "20261124113000", "GLU", "5.2", "CRE", "77");
        try (Socket analyzer = new Socket("127.0.0.1", TestServer.analyzerPort())) {
            analyzer.setSoTimeout(15_000);
            analyzer.getOutputStream().write(AstmControl.ENQ);
            assertThat(analyzer.getInputStream().read()).isEqualTo(AstmControl.ACK);
            // the whole message in one frame, and the line dies before the ACK can be read
            analyzer.getOutputStream().write(AstmFrameEncoder.frame(1, message.getBytes(StandardCharsets.ISO_8859_1), true));
            analyzer.getOutputStream().flush();
        }
        assertThat(send(message)).as("sent again on a new connection").isEqualTo(AstmControl.ACK);

        awaitMessage(serum, m -> m.getString("outcome").equals("DUPLICATE"));
        JsonObject order = awaitOrder(o -> "RESULTED".equals(o.getString("status")));
        assertThat(runs(order)).hasSize(2);
        assertThat(run(order, "GLU").getString("value")).isEqualTo("5.2");
    }

    @Test
    void aRerunOnTheAnalyzerIsANewRunAndTheFirstResultStays() throws Exception {
        send(results(serum, "20261124101500", "GLU", "5.4", "CRE", "88"));
        awaitOrder(o -> "RESULTED".equals(o.getString("status")));

        send(results(serum, "20261124104500", "GLU", "5.9", "CRE", "88"));

        JsonObject order = awaitOrder(o -> runs(o).size() == 4);
        List<JsonObject> glucose = runs(order).stream().filter(r -> r.getString("test").equals("GLU")).toList();
        assertThat(glucose).extracting(r -> r.getString("value")).containsExactly("5.4", "5.9");
        assertThat(glucose).extracting(r -> r.getBoolean("reportable")).containsExactly(false, true);

        send(results(serum, "20261124104500", "GLU", "6.0", "CRE", "88"));
        JsonObject sameSecond = awaitOrder(o -> runs(o).size() == 5);
        assertThat(runs(sameSecond)).filteredOn(r -> r.getString("test").equals("GLU")).extracting(r -> r.getString("value"))
                .as("another value at the same completion time is another result").containsExactly("5.4", "5.9", "6.0");
    }

    @Test
    void anUnmappedCodeIsQuarantinedAndMatchedByItselfOnceTheMappingExists() throws Exception {
        String code = "G" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        send(results(serum, "20261124111500", code, "6.1", "CRE", "90"));

        JsonObject quarantined = awaitMessage(serum, m -> m.getString("outcome").equals("QUARANTINED"));
        assertThat(quarantined.getString("detail")).contains("1 taken", "no test is mapped to analyzer code " + code);
        assertThat(json(api.get("manager", "/quarantine?size=200")).getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(m -> assertThat(m.getJsonNumber("id").longValue()).isEqualTo(quarantined.getJsonNumber("id").longValue()));

        mapOnDemoChem(code, "GLU");

        // the changed mapping is enough: the quarantined message is matched again by itself
        JsonObject matched = awaitMessage(serum, m -> m.getJsonNumber("id").longValue() == quarantined.getJsonNumber("id").longValue()
                && m.getString("outcome").equals("PROCESSED"));
        assertThat(matched.getString("detail")).contains("1 taken, 1 received before");
        JsonObject order = json(api.get("viewer", "/orders/" + orderId));
        assertThat(run(order, "GLU").getString("value")).isEqualTo("6.1");
        assertThat(runs(order)).hasSize(2);

        HttpResponse<String> again = api.post("manager", "/quarantine/" + quarantined.getJsonNumber("id") + "/match",
                Json.createObjectBuilder().build());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).getString("outcome")).as("matching again takes nothing twice").isEqualTo("DUPLICATE");
        assertThat(runs(json(api.get("viewer", "/orders/" + orderId)))).hasSize(2);
    }

    @Test
    void anUnknownBarcodeIsQuarantinedWithTheReasonAndStillAcknowledged() throws Exception {
        // a barcode of the right form that was never issued: the year 2099 has not come
        String unknown = AccessionFormat.DEFAULT.issue(2099, 1 + (long) (Math.random() * 9_000_000)).value();
        assertThat(send(results(unknown, "20261124120000", "GLU", "5.0", "CRE", "80"))).isEqualTo(AstmControl.ACK);

        JsonObject quarantined = awaitMessage(unknown, m -> m.getString("outcome").equals("QUARANTINED"));
        assertThat(quarantined.getString("detail")).contains("no specimen " + unknown);
        assertThat(quarantined.getString("text")).as("kept as sent, control characters shown by name")
                .contains("O|1|" + unknown + "||^^^GLU", "<CR>").doesNotContain("\r");
    }

    @Test
    void theDemoHaematologyAnalyzerSpeaksTolerantFramingInItsOwnCodes() throws Exception {
        long patient = json(api.get("viewer", "/orders/" + orderId)).getJsonNumber("patientId").longValue();
        JsonObject cbc = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("tests", Json.createArrayBuilder().add("WBC").add("HGB").add("NEU")).build()));
        long cbcId = cbc.getJsonNumber("id").longValue();
        String edta = cbc.getJsonArray("specimens").getJsonObject(0).getString("accession");
        String records = "H|\\^&|||DEMO-HEM\rP|1\rO|1|" + edta + "||^^^CBC|R\r"
                + "R|1|^^^WBC|8.1|10^9/L|5.5 to 16.9|N||F||||20261124130000\r"
                + "R|2|^^^HGB|142|g/L|120 to 180|N||F||||20261124130000\r"
                + "R|3|^^^NEU#|5.2|10^9/L|2.0 to 12.0|N||F||||20261124130000\rL|1|N\r";

        try (Socket analyzer = new Socket("127.0.0.1", TestServer.analyzerPort() + 1)) {
            analyzer.setSoTimeout(15_000);
            analyzer.getOutputStream().write(AstmControl.ENQ);
            assertThat(analyzer.getInputStream().read()).isEqualTo(AstmControl.ACK);
            // no frame number, no checksum: the records between STX and ETX, as some haematology analyzers send them
            analyzer.getOutputStream().write(AstmControl.STX);
            analyzer.getOutputStream().write(records.getBytes(StandardCharsets.ISO_8859_1));
            analyzer.getOutputStream().write(new byte[] {AstmControl.ETX, '\r', '\n'});
            assertThat(analyzer.getInputStream().read()).as("stored").isEqualTo(AstmControl.ACK);
            analyzer.getOutputStream().write(AstmControl.EOT);
        }

        JsonObject order = await(() -> json(api.get("viewer", "/orders/" + cbcId)), o -> "RESULTED".equals(o.getString("status")),
                "CBC order " + cbcId);
        assertThat(run(order, "NEU").getString("value")).as("NEU# is the analyzer's code for NEU, shown with its 2 decimals")
                .isEqualTo("5.20");
        assertThat(run(order, "HGB").getString("enteredBy")).isEqualTo("DEMO-HEM");
    }

    @Test
    void aCaptureOnlyInstrumentHasItsMessagesStoredAndAcknowledgedAndNothingElse() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String code = "IT-CAP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpResponse<String> created = api.post("manager", "/instruments", Json.createObjectBuilder().add("code", code)
                .add("name", "New analyzer, mappings not checked yet").add("port", port).add("captureOnly", true)
                .add("testCodes", Json.createObjectBuilder().add("GLU", "GLU").add("CRE", "CREA")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try (AnalyzerPeer analyzer = new AnalyzerPeer(port)) {
            assertThat(analyzer.send(results(serum, "20261124121500", "GLU", "5.4", "CRE", "88"))).isEqualTo(AstmControl.ACK);
            assertThat(analyzer.send("H|\\^&\rQ|1|^" + serum + "||ALL||||||||O\rL|1|N\r")).isEqualTo(AstmControl.ACK);
            assertThat(analyzer.quietFor(Duration.ofSeconds(2))).as("a query is not answered").isTrue();
        }

        JsonObject captured = awaitMessage(code, serum, m -> m.getString("outcome").equals("CAPTURED"));
        assertThat(captured.getString("detail")).contains("capture only");
        assertThat(runs(json(api.get("viewer", "/orders/" + orderId)))).as("no result taken")
                .allSatisfy(r -> assertThat(r.getString("status")).isEqualTo("PENDING"));

        api.put("manager", "/instruments/" + code, Json.createObjectBuilder(json(created)).add("enabled", false).build(),
                created.headers().firstValue("ETag").orElseThrow());
    }

    private void mapOnDemoChem(String analyzerCode, String testCode) {
        HttpResponse<String> read = api.get("manager", "/instruments/DEMO-CHEM");
        JsonObject instrument = json(read);
        JsonObjectBuilder codes = Json.createObjectBuilder(instrument.getJsonObject("testCodes")).add(analyzerCode, testCode);
        JsonObject changed = Json.createObjectBuilder(instrument).add("testCodes", codes).build();
        HttpResponse<String> put = api.put("manager", "/instruments/DEMO-CHEM", changed, read.headers().firstValue("ETag").orElseThrow());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    private static String results(String accession, String completedAt, String code1, String value1, String code2, String value2) {
        return "H|\\^&|||DEMO-CHEM^1.0|||||||P|LIS2-A2|" + completedAt + "\r"
                + "P|1\r"
                + "O|1|" + accession + "||^^^" + code1 + "\\^^^" + code2 + "|R||||||N||||SERUM\r"
                + "R|1|^^^" + code1 + "|" + value1 + "|mmol/L|3.9 to 6.1|N||F||||" + completedAt + "\r"
                + "R|2|^^^" + code2 + "|" + value2 + "|umol/L|40 to 130|N||F||||" + completedAt + "\r"
                + "L|1|N\r";
    }

    private static byte send(String message) throws Exception {
        try (AnalyzerPeer analyzer = new AnalyzerPeer()) {
            return analyzer.send(message);
        }
    }

    private JsonObject awaitOrder(Predicate<JsonObject> done) throws InterruptedException {
        return await(() -> json(api.get("viewer", "/orders/" + orderId)), done, "order " + orderId);
    }

    /** The newest message of the demo analyzer about {@code specimen}, once it satisfies {@code done}. */
    private JsonObject awaitMessage(String specimen, Predicate<JsonObject> done) throws InterruptedException {
        return awaitMessage("DEMO-CHEM", specimen, done);
    }

    private JsonObject awaitMessage(String instrument, String specimen, Predicate<JsonObject> done) throws InterruptedException {
        return await(() -> json(api.get("manager", "/messages?instrument=" + instrument + "&size=50")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("specimens", "").contains(specimen)).filter(done)
                .findFirst().orElse(null), m -> m != null, "a message about " + specimen);
    }

    private static List<JsonObject> runs(JsonObject order) {
        return order.getJsonArray("testRuns").getValuesAs(JsonObject.class);
    }

    private static JsonObject run(JsonObject order, String test) {
        return runs(order).stream().filter(r -> r.getString("test").equals(test) && r.getBoolean("reportable")).findFirst().orElseThrow();
    }
}

package org.vetlis.interfaces.rest.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;
import static org.vetlis.it.Eventually.await;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.it.AnalyzerPeer;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;
import org.vetlis.it.MllpPeer;
import org.vetlis.it.TestServer;

/**
 * Results from an HL7 v2 analyzer (the demo HL7 haematology analyzer, MLLP on the demo port + 100), sent by HAPI's
 * own MLLP client, onto the test runs of an order placed over REST: acknowledged only once stored, taken once.
 */
@ExtendWith(ArquillianExtension.class)
class Hl7IntakeIT {

    private final ApiClient api = new ApiClient();
    private final HapiContext hapi = new DefaultHapiContext();
    private long orderId;
    private String edta;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void aBloodCountOrder() {
        hapi.setValidationContext(ValidationContextFactory.noValidation());
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Hl7").build()))
                .getJsonNumber("id").longValue();
        long patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Pixel")
                .add("species", "DOG").add("sex", "FEMALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("tests", Json.createArrayBuilder().add("WBC").add("HGB").add("NEU")).build()));
        orderId = order.getJsonNumber("id").longValue();
        edta = order.getJsonArray("specimens").getJsonObject(0).getString("accession");
    }

    @AfterEach
    void close() throws Exception {
        hapi.close();
    }

    @Test
    void anOruIsAcknowledgedAfterItIsStoredAndTheSameOruSentTwiceMakesOneResult() throws Exception {
        String controlId = UUID.randomUUID().toString();
        Message oru = hapi.getPipeParser().parse(oru(edta, controlId));
        Connection connection = hapi.newClient("127.0.0.1", hl7Port(), false);
        try {
            Message first = connection.getInitiator().sendAndReceive(oru);
            Message second = connection.getInitiator().sendAndReceive(oru);

            for (Message ack : List.of(first, second)) {
                Terser t = new Terser(ack);
                assertThat(t.get("/MSA-1")).isEqualTo("AA");
                assertThat(t.get("/MSA-2")).isEqualTo(controlId);
            }
        } finally {
            connection.close();
        }

        JsonObject order = await(() -> json(api.get("viewer", "/orders/" + orderId)), o -> "RESULTED".equals(o.getString("status")),
                "order " + orderId + " resulted");
        List<JsonObject> runs = order.getJsonArray("testRuns").getValuesAs(JsonObject.class);
        assertThat(runs).as("sent twice, taken once").hasSize(3);
        assertThat(runs).filteredOn(r -> r.getString("test").equals("NEU")).singleElement()
                .satisfies(r -> assertThat(r.getString("value")).isEqualTo("5.20"))
                .satisfies(r -> assertThat(r.getString("enteredBy")).isEqualTo("DEMO-HL7"))
                .satisfies(r -> assertThat(r.getString("analyzerFlags") + " " + r.getString("analyzerRange") + " "
                        + r.getString("analyzerComment")).as("what the analyzer sent beside the value").isEqualTo("N 2.0-12.0 Left shift suspected"));
        JsonObject repeated = await(() -> messages("DUPLICATE").stream().filter(m -> controlId.equals(m.getString("controlId", "")))
                .findFirst(), java.util.Optional::isPresent, "the second sending logged as a duplicate").orElseThrow();
        assertThat(repeated.getString("detail")).as("known by its control ID and bytes, not read again")
                .startsWith("the same message as message ").contains("(control ID " + controlId + ")");
        assertThat(repeated.getString("specimens")).contains(edta);
    }

    @Test
    void lawResultsInAnOulR22LandOnTheRunsOfTheSpecimenItNames() throws Exception {
        String oul = "MSH|^~\\&|XN-HL7|LAB|VETLIS|LAB|20261124130000||OUL^R22^OUL_R22|" + UUID.randomUUID() + "|P|2.5.1\r"
                + "PID|1\r"
                + "SPM|1|" + edta + "||EDTA|||||||P\r"
                + "OBR|1|||CBC\r"
                + "OBX|1|NM|WBC^White cells^99XN||7.9|10*9/L|5.5-16.9|N|||F|||20261124125900\r"
                + "OBX|2|NM|HGB^Haemoglobin^99XN||150|g/L|120-180|N|||F|||20261124125900\r";
        Connection connection = hapi.newClient("127.0.0.1", hl7Port(), false);
        try {
            Terser ack = new Terser(connection.getInitiator().sendAndReceive(hapi.getPipeParser().parse(oul)));
            assertThat(ack.get("/MSA-1")).isEqualTo("AA");
        } finally {
            connection.close();
        }

        JsonObject order = await(() -> json(api.get("viewer", "/orders/" + orderId)), o -> o.getJsonArray("testRuns").getValuesAs(JsonObject.class)
                .stream().filter(r -> "RESULTED".equals(r.getString("status"))).count() == 2, "WBC and HGB resulted from the OUL^R22");
        assertThat(order.getJsonArray("testRuns").getValuesAs(JsonObject.class)).filteredOn(r -> r.getString("test").equals("HGB"))
                .singleElement().satisfies(r -> assertThat(r.getString("value")).isEqualTo("150"));
    }

    @Test
    void aSpeciesTheAnalyzerSendsThatIsNotThePatientsIsWrittenOnTheOrderAndTheMessage() throws Exception {
        // Pixel is a dog; the analyzer was told (or guessed) cat: PID-35
        String oru = oru(edta, UUID.randomUUID().toString()).replace("PID|1||\r", "PID|1||||Pixel" + "|".repeat(30) + "CAT^Feline\r");
        try (MllpPeer analyzer = new MllpPeer(hl7Port())) {
            analyzer.send(oru);
            assertThat(analyzer.receive()).contains("MSA|AA|");
        }

        JsonObject order = await(() -> json(api.get("viewer", "/orders/" + orderId)), o -> !o.getJsonArray("comments").isEmpty(),
                "the disagreement written on the order");
        assertThat(order.getJsonArray("comments").getValuesAs(JsonObject.class)).singleElement().satisfies(c -> {
            assertThat(c.getString("author")).isEqualTo("DEMO-HL7");
            assertThat(c.getString("text")).contains("species 'Feline' (the patient is a dog)", edta, "Pixel");
        });
        assertThat(order.getJsonArray("testRuns").getValuesAs(JsonObject.class)).as("the results are kept, held for a person to judge")
                .allSatisfy(r -> {
                    assertThat(r.getString("status")).isEqualTo("RESULTED");
                    assertThat(r.getString("review")).contains("Identity check", "species 'Feline'");
                });
        assertThat(json(api.get("viewer", "/patients/" + order.getJsonNumber("patientId"))).getString("species"))
                .as("never taken over").isEqualTo("DOG");
    }

    @Test
    void theMessageLogShowsAndExportsMessagesWithoutThePatientAndOnlyAnAdministratorReadsTheOriginal() throws Exception {
        String controlId = UUID.randomUUID().toString();
        String oru = oru(edta, controlId).replace("PID|1||\r", "PID|1||P-4711||Pixel^Hale||20190301|F\rNK1|1|Hale^Ann|OWN\r");
        try (MllpPeer analyzer = new MllpPeer(hl7Port())) {
            analyzer.send(oru);
            assertThat(analyzer.receive()).contains("MSA|AA|");
        }
        JsonObject logged = await(() -> messages("PROCESSED").stream().filter(m -> controlId.equals(m.getString("controlId", ""))).findFirst(),
                java.util.Optional::isPresent, "the message logged").orElseThrow();

        assertThat(logged.getString("text")).contains("OBX|1|NM|WBC||8.1").doesNotContain("Pixel", "Hale", "PID", "NK1");
        assertThat(logged.getInt("size")).as("the size of what was received").isEqualTo(oru.length());
        String path = "/messages/" + logged.getJsonNumber("id") + "/original";
        assertThat(api.get("manager", path).statusCode()).isEqualTo(403);
        java.net.http.HttpResponse<String> original = api.get("admin", path);
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).as("exactly as received").isEqualTo(oru);

        java.net.http.HttpResponse<String> export = api.get("manager", "/messages/export?instrument=DEMO-HL7&outcome=PROCESSED&max=200");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("DEMO-HL7-messages.hl7"));
        assertThat(export.body()).contains("|" + controlId + "|", "OBX|1|NM|WBC||8.1").doesNotContain("Pixel", "Hale^Ann");
        assertThat(json(api.get("admin", "/audit?entity=Message&id=" + logged.getJsonNumber("id"))).getJsonArray("items")
                .getValuesAs(JsonObject.class)).as("who read the original").singleElement()
                .satisfies(e -> assertThat(e.getString("actor") + " " + e.getString("action")).isEqualTo("admin MESSAGE_ORIGINAL_READ"));
    }

    @Test
    void anAstmAndAnHl7AnalyzerReportingOnTheSameTubeMakeOneOrderViewWithTheSameKindOfRuns() throws Exception {
        // the tolerant ASTM haematology analyzer reports WBC, the HL7 one HGB and NEU, on the same EDTA tube
        try (AnalyzerPeer astm = new AnalyzerPeer(TestServer.analyzerPort() + 1)) {
            assertThat(astm.send("H|\\^&|||DEMO-HEM\rP|1\rO|1|" + edta + "||^^^WBC|R\r"
                    + "R|1|^^^WBC|8.1|10^9/L|5.5 to 16.9|N||F||||20261124125900\rL|1|N\r")).isEqualTo(AstmControl.ACK);
        }
        String oru = "MSH|^~\\&|XN-HL7|LAB|VETLIS|LAB|20261124130000||ORU^R01^ORU_R01|" + UUID.randomUUID() + "|P|2.5.1\r"
                + "OBR|1|" + edta + "||CBC|||20261124125900\r"
                + "OBX|1|NM|HGB||142|g/L|120-180|N|||F|||20261124125900\r"
                + "OBX|2|NM|NEU#||5.2|10*9/L|2.0-12.0|N|||F|||20261124125900\r";
        Connection connection = hapi.newClient("127.0.0.1", hl7Port(), false);
        try {
            assertThat(new Terser(connection.getInitiator().sendAndReceive(hapi.getPipeParser().parse(oru))).get("/MSA-1")).isEqualTo("AA");
        } finally {
            connection.close();
        }

        JsonObject order = await(() -> json(api.get("viewer", "/orders/" + orderId)), o -> "RESULTED".equals(o.getString("status")),
                "order " + orderId + " resulted from both analyzers");
        List<JsonObject> runs = order.getJsonArray("testRuns").getValuesAs(JsonObject.class);
        assertThat(runs).extracting(r -> r.getString("test") + " " + r.getString("status") + " " + r.getString("enteredBy"))
                .containsExactlyInAnyOrder("WBC RESULTED DEMO-HEM", "HGB RESULTED DEMO-HL7", "NEU RESULTED DEMO-HL7");
        try (java.sql.Connection db = TestServer.database();
             java.sql.PreparedStatement rows = db.prepareStatement("select r.source, r.analyzer_status, r.instrument_code"
                     + " from test_run r join specimen s on s.id = r.specimen_id where s.accession = ? order by r.instrument_code")) {
            rows.setString(1, edta);
            List<String> seen = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    seen.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            assertThat(seen).as("the same row whatever the protocol, apart from the instrument")
                    .containsExactly("INSTRUMENT F DEMO-HEM", "INSTRUMENT F DEMO-HL7", "INSTRUMENT F DEMO-HL7");
        }
    }

    @Test
    void aLawWorkOrderQueryGetsTheTubesTestsInTheAnalyzersCodesAndTheRunsAreSent() throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "");
        Connection connection = hapi.newClient("127.0.0.1", hl7Port(), false);
        String answer;
        String unknownAnswer;
        try {
            answer = hapi.getPipeParser().encode(connection.getInitiator().sendAndReceive(hapi.getPipeParser().parse(qbp(tag, edta))));
            unknownAnswer = hapi.getPipeParser().encode(connection.getInitiator().sendAndReceive(
                    hapi.getPipeParser().parse(qbp("T" + tag, "2099123456"))));
        } finally {
            connection.close();
        }

        assertThat(answer).contains("RSP^K11^RSP_K11", "\rMSA|AA|", "\rQAK|" + tag + "|OK", "\rQPD|WOS^Work Order Step^IHE_LABTF|" + tag + "|" + edta,
                "\rSPM|1|" + edta + "||EDTA", "\rSAC|||" + edta, "\rOBR|1|" + edta + "||WBC", "||HGB|", "||NEU#|");
        assertThat(List.of("\rQAK|", "\rQPD|", "\rPID|", "\rSPM|", "\rSAC|", "\rORC|", "\rOBR|")).as("LAW's order of segments")
                .extracting(answer::indexOf).isSorted().doesNotContain(-1);
        assertThat(unknownAnswer).contains("\rQAK|T" + tag + "|NF").doesNotContain("\rOBR|");
        JsonObject order = json(api.get("viewer", "/orders/" + orderId));
        assertThat(order.getJsonArray("testRuns").getValuesAs(JsonObject.class)).extracting(r -> r.getString("status"))
                .containsOnly("SENT");
        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(TestServer.baseUrl() + "/metrics")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics.lines().filter(l -> l.startsWith("vetlis_analyzer_queries_total{") && l.contains("instrument=\"DEMO-HL7\"")))
                .as("HL7 queries counted as ASTM ones are").hasSize(2);
    }

    @Test
    void aMessageHapiCannotReadIsRejectedWithTheReasonAndStillLogged() throws Exception {
        String broken = "MSH|^~\\&|XN-HL7|LAB|VETLIS|LAB|||ORU^R01|" + UUID.randomUUID() + "|P\rOBX|1|NM|WBC||8.1\r";

        String ack = sendRaw(broken);

        assertThat(ack).contains("MSA|AR|").contains("ERR|");
        await(() -> messages("QUARANTINED").stream().anyMatch(m -> m.getString("kind", "").equals("UNREADABLE")
                && m.getString("text", "").contains("OBX|1|NM|WBC||8.1")), found -> found, "the unreadable message quarantined");
    }

    @Test
    void anUnknownSpecimenIsQuarantinedAndAcknowledged() throws Exception {
        String unknown = "2099" + (100000 + (int) (Math.random() * 899999));
        Message oru = hapi.getPipeParser().parse(oru(unknown, UUID.randomUUID().toString()));
        Connection connection = hapi.newClient("127.0.0.1", hl7Port(), false);
        try {
            assertThat(new Terser(connection.getInitiator().sendAndReceive(oru)).get("/MSA-1")).isEqualTo("AA");
        } finally {
            connection.close();
        }
        await(() -> messages("QUARANTINED").stream().anyMatch(m -> m.getString("specimens", "").contains(unknown)), found -> found,
                "the unmatched results quarantined");
    }

    private static String qbp(String tag, String specimen) {
        return "MSH|^~\\&|XN-HL7|LAB|VETLIS|LAB|20261124130000||QBP^Q11^QBP_Q11|" + UUID.randomUUID() + "|P|2.5.1\r"
                + "QPD|WOS^Work Order Step^IHE_LABTF|" + tag + "|" + specimen + "\r"
                + "RCP|I||R\r";
    }

    private List<JsonObject> messages(String outcome) {
        return json(api.get("manager", "/messages?instrument=DEMO-HL7&outcome=" + outcome + "&size=50")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static String oru(String specimen, String controlId) {
        return "MSH|^~\\&|XN-HL7|LAB|VETLIS|LAB|20261124130000||ORU^R01^ORU_R01|" + controlId + "|P|2.5.1\r"
                + "PID|1||\r"
                + "OBR|1|" + specimen + "||CBC|||20261124125900\r"
                + "OBX|1|NM|WBC||8.1|10*9/L|5.5-16.9|N|||F|||20261124125900\r"
                + "OBX|2|NM|HGB||142|g/L|120-180|N|||F|||20261124125900\r"
                + "OBX|3|NM|NEU#||5.2|10*9/L|2.0-12.0|N|||F|||20261124125900\r"
                + "NTE|1||Left shift suspected\r";
    }

    /** One MLLP block out, the answer block back, over a plain socket (for what HAPI's client would refuse to send). */
    private static String sendRaw(String message) throws Exception {
        try (MllpPeer analyzer = new MllpPeer(hl7Port())) {
            analyzer.send(message);
            return analyzer.receive();
        }
    }

    private static int hl7Port() {
        return TestServer.analyzerPort() + 100;
    }
}

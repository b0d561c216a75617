package org.vetlis.interfaces.rest.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;
import static org.vetlis.it.Eventually.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

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
import org.vetlis.it.MllpPeer;
import org.vetlis.it.TestServer;

/**
 * Mindray's order query (QRY^Q02 → QCK^Q02 + DSR^Q03 → ACK^Q03) over a real MLLP socket, and an HL7 instrument
 * whose profile an administrator sets over REST: where its codes are, whether its queries are answered.
 */
@ExtendWith(ArquillianExtension.class)
class Hl7OrderQueryIT {

    private final ApiClient api = new ApiClient();
    private long orderId;
    private String edta;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void aBloodCountOrder() {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Mindray").build()))
                .getJsonNumber("id").longValue();
        long patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Tommy")
                .add("species", "CAT").add("sex", "MALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("tests", Json.createArrayBuilder().add("WBC").add("HGB").add("NEU")).build()));
        orderId = order.getJsonNumber("id").longValue();
        edta = order.getJsonArray("specimens").getJsonObject(0).getString("accession");
    }

    @Test
    void aBarcodeQueryIsAcceptedThenAnsweredWithTheTestsAndTheAnalyzersAcknowledgementIsNotAnswered() throws Exception {
        try (MllpPeer analyzer = new MllpPeer(TestServer.analyzerPort() + 100)) {
            analyzer.send(qry("41", edta));

            String qck = analyzer.receive();
            String dsr = analyzer.receive();
            assertThat(qck).contains("|QCK^Q02|41|", "\rMSA|AA|41|Message accepted|||0\r", "\rQAK|SR|OK");
            assertThat(dsr).contains("|DSR^Q03|41|", "\rQAK|SR|OK", "\rQRD|20261124120000|R|D|41|||RD|" + edta + "|OTH|||T\r",
                    "\rDSP|3||Tommy\r", "\rDSP|21||" + edta + "\r", "\rDSP|29||WBC\r", "\rDSP|30||HGB\r", "\rDSP|31||NEU#\r").endsWith("\rDSC|\r");

            analyzer.send("MSH|^~\\&|||||20261124120001||ACK^Q03|41|P|2.3.1||||||ASCII\rMSA|AA|41|Message accepted|||0\rERR|0\r");
            assertThat(analyzer.receiveWithin(1500)).as("an acknowledgement is not acknowledged").isEmpty();

            analyzer.send(qry("42", "2099000001"));
            assertThat(analyzer.receive()).as("an unknown tube: not found, and no DSR").contains("|QCK^Q02|42|", "\rQAK|SR|NF");
            assertThat(analyzer.receiveWithin(1500)).isEmpty();
        }
        assertThat(json(api.get("viewer", "/orders/" + orderId)).getJsonArray("testRuns").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("status")).containsOnly("SENT");
    }

    @Test
    void anInstrumentsHl7ProfileIsDataAndWhatItCannotMatchWaitsInQuarantineUntilItsMappingExists() throws Exception {
        int port = freePort();
        String code = "IT-CL" + (System.nanoTime() % 10_000);
        HttpResponse<String> created = api.post("admin", "/instruments", clAnalyzer(code, port, Json.createObjectBuilder()
                .add("WBC-C", "WBC").add("HGB-C", "HGB")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> refused = api.post("admin", "/instruments", Json.createObjectBuilder().add("code", code + "X")
                .add("name", "Misconfigured").add("protocol", "HL7").add("port", freePort()).add("enabled", true)
                .add("profileSettings", Json.createObjectBuilder().add("test-code.field", "9")).build());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("test-code.field=9");

        try (MllpPeer analyzer = await(() -> connect(port), p -> p != null, "the new HL7 listener")) {
            analyzer.send(qry("7", edta));
            assertThat(analyzer.receive()).contains("\rQAK|SR|NF");
            assertThat(analyzer.receiveWithin(1000)).as("no DSR: this instrument's queries are not answered").isEmpty();

            analyzer.send("MSH|^~\\&|||||20261124120500||ORU^R01|" + UUID.randomUUID() + "|P|2.3.1||||0||ASCII\r"
                    + "OBR|1|" + edta + "|10|||20261124120000\r"
                    + "OBX|1|NM|1|WBC-C|6.5|10*9/L|-|N|||F|||20261124120400\r"
                    + "OBX|2|NM|2|HGB-C|131|g/L|-|N|||F|||20261124120400\r"
                    + "OBX|3|NM|3|NEU-C|2.1|10*9/L|-|N|||F|||20261124120400\r");
            assertThat(analyzer.receive()).contains("MSA|AA|");
        }
        await(() -> runs(), r -> r.stream().filter(run -> "RESULTED".equals(run.getString("status"))).count() == 2,
                "WBC and HGB read from OBX-4");
        assertThat(runs()).extracting(r -> r.getString("test") + " " + r.getString("status") + " " + r.getString("value", "-"))
                .containsExactlyInAnyOrder("WBC RESULTED 6.50", "HGB RESULTED 131", "NEU PENDING -");
        JsonObject quarantined = json(api.get("manager", "/messages?instrument=" + code + "&outcome=QUARANTINED")).getJsonArray("items")
                .getJsonObject(0);
        assertThat(quarantined.getString("detail")).contains("no test is mapped to analyzer code NEU-C");

        HttpResponse<String> mapped = api.put("admin", "/instruments/" + code, clAnalyzer(code, port, Json.createObjectBuilder()
                .add("WBC-C", "WBC").add("HGB-C", "HGB").add("NEU-C", "NEU")), created.headers().firstValue("ETag").orElseThrow());
        assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(200);

        List<JsonObject> all = await(this::runs, r -> r.stream().allMatch(run -> "RESULTED".equals(run.getString("status"))),
                "NEU matched again by itself once its code is mapped");
        assertThat(all).extracting(r -> r.getString("test") + " " + r.getString("value") + " " + r.getString("enteredBy"))
                .as("in the test's decimals, nothing taken twice")
                .containsExactlyInAnyOrder("WBC 6.50 " + code, "HGB 131 " + code, "NEU 2.10 " + code);
    }

    /** A chemiluminescence analyzer in Mindray's manner: codes in OBX-4, queries not answered, exports with the species only. */
    private static JsonObject clAnalyzer(String code, int port, jakarta.json.JsonObjectBuilder testCodes) {
        return Json.createObjectBuilder().add("code", code).add("name", "Chemiluminescence analyzer").add("protocol", "HL7")
                .add("port", port).add("enabled", true)
                .add("profileSettings", Json.createObjectBuilder().add("test-code.field", "4").add("answer-queries", "false")
                        .add("export.allow", "MSH, OBR, OBX, PID-35"))
                .add("testCodes", testCodes).build();
    }

    private List<JsonObject> runs() {
        return json(api.get("viewer", "/orders/" + orderId)).getJsonArray("testRuns").getValuesAs(JsonObject.class);
    }

    private static MllpPeer connect(int port) {
        try {
            return new MllpPeer(port);
        } catch (IOException notYet) {
            return null;
        }
    }

    private static String qry(String controlId, String barcode) {
        return "MSH|^~\\&|||||20261124120000||QRY^Q02|" + controlId + "|P|2.3.1||||||ASCII|||\r"
                + "QRD|20261124120000|R|D|" + controlId + "|||RD|" + barcode + "|OTH|||T|\r"
                + "QRF||||||RCT|COR|ALL||\r";
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}

package org.vetlis.interfaces.rest.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.connector.astm.codec.AstmMessage;
import org.vetlis.connector.astm.codec.AstmRecord;
import org.vetlis.it.AnalyzerPeer;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;
import org.vetlis.lab.domain.order.AccessionFormat;

/**
 * An analyzer asks what to run on a tube (host query) and gets its answer on the same connection: the order's
 * tests in its own codes, the runs marked SENT; a tube VetLIS does not know gets "no order".
 */
@ExtendWith(ArquillianExtension.class)
class HostQueryIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aQueryForAnOrderedTubeGetsItsTestsInTheAnalyzersCodesAndTheRunsAreSent() throws Exception {
        JsonObject order = order("STAT", "GLU", "CREA", "ALT");
        String serum = order.getJsonArray("specimens").getJsonObject(0).getString("accession");

        String reply;
        try (AnalyzerPeer analyzer = new AnalyzerPeer()) {
            reply = analyzer.query("H|\\^&|||DEMO-CHEM\rQ|1|^" + serum + "||ALL||||||||O\rL|1|N\r");
        }

        AstmMessage message = AstmMessage.decode(reply);
        AstmRecord o = message.records('O').get(0);
        assertThat(o.value(3)).isEqualTo(serum);
        assertThat(o.repeats(5)).hasSize(3);
        List<String> codes = List.of(o.component(5, 1, 4), o.component(5, 2, 4), o.component(5, 3, 4));
        assertThat(codes).as("the analyzer's codes, the ones spelled like the tests first").containsExactlyInAnyOrder("GLU", "CREA", "ALT");
        assertThat(o.value(6)).as("priority").isEqualTo("S");
        assertThat(o.value(26)).as("report type: answer to a query").isEqualTo("Q");
        assertThat(message.records('P').get(0).component(6, 1)).isEqualTo("Tigger");
        assertThat(message.terminator()).map(l -> l.value(3)).hasValue("N");

        JsonObject after = json(api.get("viewer", "/orders/" + order.getJsonNumber("id")));
        assertThat(after.getJsonArray("testRuns").getValuesAs(JsonObject.class))
                .allSatisfy(r -> assertThat(r.getString("status")).isEqualTo("SENT"));
        assertThat(after.getString("status")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aTubeVetlisDoesNotKnowGetsTheProfilesNoOrderAnswer() throws Exception {
        String unknown = AccessionFormat.DEFAULT.issue(2099, 1 + (long) (Math.random() * 9_000_000)).value();

        String reply;
        try (AnalyzerPeer analyzer = new AnalyzerPeer()) {
            reply = analyzer.query("H|\\^&|||DEMO-CHEM\rQ|1|^" + unknown + "||ALL||||||||O\rL|1|N\r");
        }

        AstmMessage message = AstmMessage.decode(reply);
        assertThat(message.records()).extracting(AstmRecord::type).containsExactly('H', 'L');
        assertThat(message.terminator()).map(l -> l.value(3)).as("no information for the query").hasValue("I");
    }

    @Test
    void queriesAndMessagesAreCountedPerInstrumentForTheMetricsEndpoint() throws Exception {
        String unknown = AccessionFormat.DEFAULT.issue(2099, 1 + (long) (Math.random() * 9_000_000)).value();
        try (AnalyzerPeer analyzer = new AnalyzerPeer()) {
            analyzer.query("H|\\^&|||DEMO-CHEM\rQ|1|^" + unknown + "||ALL||||||||O\rL|1|N\r");
        }

        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl()
                + "/metrics?scope=application")).header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("vetlis_analyzer_queries_total\\{[^}]*answer=\"no_order\"[^}]*instrument=\"DEMO-CHEM\"")
                .contains("vetlis_analyzer_query_time_count").contains("vetlis_analyzer_messages_received_total");
    }

    private JsonObject order(String urgency, String... tests) {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Query").build()))
                .getJsonNumber("id").longValue();
        long patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Tigger")
                .add("species", "CAT").add("sex", "MALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
        return json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", patient).add("urgency", urgency)
                .add("tests", Json.createArrayBuilder(List.of(tests))).build()));
    }
}

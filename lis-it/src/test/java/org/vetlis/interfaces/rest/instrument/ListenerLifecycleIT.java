package org.vetlis.interfaces.rest.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vetlis.it.ApiClient.json;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.Optional;

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
import org.vetlis.it.TestServer;

/**
 * Listeners follow the instrument table while the application runs: an instrument added over REST listens at once,
 * a changed port moves, a disabled instrument stops listening, and a port another program holds is refused and
 * reported on the instrument, the dispatcher and readiness. No redeploy anywhere.
 */
@ExtendWith(ArquillianExtension.class)
class ListenerLifecycleIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anInstrumentAddedOverRestListensWithinSecondsMovesWithItsPortAndStopsWhenDisabled() throws Exception {
        int port = freePort();
        HttpResponse<String> created = api.post("manager", "/instruments", instrument("IT-NEW", port, true));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        assertThat(awaitAcknowledgedEnq(port)).as("listening without a redeploy").isTrue();
        JsonObject listener = listenerOf("IT-NEW").orElseThrow();
        assertThat(listener.getString("state")).isEqualTo("LISTENING");
        assertThat(listener.getInt("port")).isEqualTo(port);
        assertThat(json(api.get("manager", "/instruments/IT-NEW")).getJsonObject("listenerStatus").getString("state")).isEqualTo("LISTENING");
        try (AnalyzerPeer analyzer = new AnalyzerPeer(port)) {
            assertThat(analyzer.send("H|\\^&|||IT-NEW\rL|1|N\r")).as("its messages are stored").isEqualTo(AstmControl.ACK);
        }

        int moved = freePort();
        HttpResponse<String> changed = api.put("manager", "/instruments/IT-NEW", instrument("IT-NEW", moved, true), created.headers()
                .firstValue("ETag").orElseThrow());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(awaitAcknowledgedEnq(moved)).as("listening on the new port").isTrue();
        assertThat(refused(port)).as("the old port is let go").isTrue();

        HttpResponse<String> disabled = api.put("manager", "/instruments/IT-NEW", instrument("IT-NEW", moved, false),
                changed.headers().firstValue("ETag").orElseThrow());
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(refused(moved)).as("a disabled instrument does not listen").isTrue();
        assertThat(listenerOf("IT-NEW")).isEmpty();
    }

    @Test
    void aPortAnotherProgramHoldsIsRefusedAndReportedAndTakenOnRestartOnceFree() throws Exception {
        int port;
        HttpResponse<String> created;
        try (ServerSocket otherProgram = new ServerSocket(freePort())) {
            port = otherProgram.getLocalPort();
            created = api.post("admin", "/instruments", instrument("IT-BUSY", port, true));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            JsonObject status = json(api.get("manager", "/instruments/IT-BUSY")).getJsonObject("listenerStatus");
            assertThat(status.getString("state")).isEqualTo("FAILED");
            assertThat(status.getString("detail")).contains("port " + port, "already in use");
            JsonObject dispatcher = json(api.get("manager", "/dispatcher/status"));
            assertThat(dispatcher.getInt("failed")).isPositive();
            String readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/health/ready"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(readiness).contains("\"analyzer-listeners\"", "FAILED on port " + port);
        }

        JsonObject restarted = json(api.post("manager", "/instruments/IT-BUSY/restart", Json.createObjectBuilder().build()));
        assertThat(restarted.getString("state")).as("the port is free now").isEqualTo("LISTENING");
        assertThat(awaitAcknowledgedEnq(port)).isTrue();

        HttpResponse<String> samePort = api.post("admin", "/instruments", instrument("IT-TWIN", port, true));
        assertThat(samePort.statusCode()).as("a port belongs to one instrument").isEqualTo(422);
        assertThat(samePort.body()).contains("IT-BUSY");

        api.put("admin", "/instruments/IT-BUSY", instrument("IT-BUSY", port, false), created.headers().firstValue("ETag").orElseThrow());
        assertThat(refused(port)).isTrue();
    }

    @Test
    void restartingEveryListenerBringsThemBackAndTheDemoAnalyzersKeepWorking() throws Exception {
        JsonObject after = json(api.post("admin", "/dispatcher/restart", Json.createObjectBuilder().build()));

        assertThat(after.getJsonArray("listeners").getValuesAs(JsonObject.class))
                .filteredOn(l -> l.getString("instrument").startsWith("DEMO-"))
                .extracting(l -> l.getString("instrument") + " " + l.getString("protocol") + " " + l.getString("state"))
                .containsExactlyInAnyOrder("DEMO-CHEM ASTM LISTENING", "DEMO-HEM ASTM LISTENING", "DEMO-HL7 HL7 LISTENING");
        assertThat(awaitAcknowledgedEnq(TestServer.analyzerPort())).isTrue();
        assertThat(awaitAcknowledgedEnq(TestServer.analyzerPort() + 1)).as("the tolerant haematology analyzer").isTrue();
    }

    private Optional<JsonObject> listenerOf(String instrument) {
        return json(api.get("admin", "/dispatcher/status")).getJsonArray("listeners").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("instrument").equals(instrument)).findFirst();
    }

    private static JsonObject instrument(String code, int port, boolean enabled) {
        return Json.createObjectBuilder().add("code", code).add("name", "Analyzer " + code).add("port", port).add("profile", "strict")
                .add("enabled", enabled).add("testCodes", Json.createObjectBuilder().add("GLU", "GLU")).build();
    }

    /** Whether an ENQ on the port is answered with ACK within five seconds. */
    private static boolean awaitAcknowledgedEnq(int port) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            try (AnalyzerPeer analyzer = new AnalyzerPeer(port)) {
                return analyzer.exchange(new byte[] {AstmControl.ENQ}) == AstmControl.ACK;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    private static boolean refused(int port) {
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        return true;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}

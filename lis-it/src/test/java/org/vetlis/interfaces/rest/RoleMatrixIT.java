package org.vetlis.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;
import org.vetlis.lab.domain.order.AccessionFormat;

/** Every endpoint × every role, allowed or refused, from one table. */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    /** The demo user of each role. */
    private static final Map<String, String> USER_OF_ROLE = Map.of(
            "ADMIN", "admin", "LAB_MANAGER", "manager", "VERIFIER", "pathologist", "TECHNICIAN", "tech",
            "RECEPTION", "reception", "INTEGRATION", "integration", "VIEWER", "viewer");

    private static final Set<String> EVERYONE = USER_OF_ROLE.keySet();
    private static final Set<String> REGISTRARS = Set.of("ADMIN", "LAB_MANAGER", "RECEPTION", "INTEGRATION");

    /** One row: an endpoint and the roles it lets in. */
    record Rule(String method, String path, Set<String> allowed) {
    }

    private static final List<Rule> MATRIX = List.of(
            new Rule("GET", "/system/whoami", EVERYONE),
            new Rule("GET", "/species", EVERYONE),
            new Rule("GET", "/owners", EVERYONE),
            new Rule("POST", "/owners", REGISTRARS),
            new Rule("GET", "/owners/{owner}", EVERYONE),
            new Rule("PUT", "/owners/{owner}", REGISTRARS),
            new Rule("GET", "/patients", EVERYONE),
            new Rule("POST", "/patients", REGISTRARS),
            new Rule("GET", "/patients/{patient}", EVERYONE),
            new Rule("PUT", "/patients/{patient}", REGISTRARS),
            new Rule("GET", "/tests", EVERYONE),
            new Rule("GET", "/panels", EVERYONE),
            new Rule("GET", "/audit", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/audit/verify", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("POST", "/admin/demo-data", Set.of("ADMIN")),
            new Rule("GET", "/users", Set.of("ADMIN")),
            new Rule("GET", "/users/{unknown-user}", Set.of("ADMIN")),
            new Rule("POST", "/users", Set.of("ADMIN")),
            new Rule("PUT", "/users/{unknown-user}", Set.of("ADMIN")),
            new Rule("POST", "/users/{unknown-user}/password", Set.of("ADMIN")),
            new Rule("POST", "/users/{unknown-user}/unlock", Set.of("ADMIN")),
            new Rule("POST", "/auth/password", EVERYONE),
            new Rule("GET", "/tests/GLU", EVERYONE),
            new Rule("POST", "/tests", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("PUT", "/tests/{unknown-code}", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/panels/CBC", EVERYONE),
            new Rule("POST", "/panels", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("PUT", "/panels/{unknown-code}", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("POST", "/species", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("PUT", "/species/{unknown-code}", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("POST", "/species/{unknown-code}/breeds", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/instruments", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/instruments/DEMO-CHEM", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("POST", "/instruments", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("PUT", "/instruments/{unknown-code}", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("POST", "/instruments/{unknown-code}/restart", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/dispatcher/status", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("POST", "/dispatcher/restart", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/messages", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/messages/0", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("POST", "/messages/0/replay", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/messages/0/original", Set.of("ADMIN")),
            new Rule("GET", "/messages/export?instrument=DEMO-HL7", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/quarantine", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("POST", "/quarantine/0/match", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("POST", "/orders", REGISTRARS),
            new Rule("GET", "/orders/{order}", EVERYONE),
            new Rule("GET", "/orders", EVERYONE),
            new Rule("POST", "/orders/0/cancel", REGISTRARS),
            new Rule("POST", "/orders/0/comments", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN", "RECEPTION", "INTEGRATION")),
            new Rule("POST", "/test-runs/0/rerun", Set.of("ADMIN", "LAB_MANAGER", "TECHNICIAN", "VERIFIER")),
            new Rule("GET", "/specimens/{specimen}", EVERYONE),
            new Rule("POST", "/specimens/{unknown}/receive", Set.of("ADMIN", "LAB_MANAGER", "TECHNICIAN", "RECEPTION")),
            new Rule("POST", "/specimens/{unknown}/collect", Set.of("ADMIN", "LAB_MANAGER", "TECHNICIAN", "RECEPTION", "INTEGRATION")),
            new Rule("POST", "/test-runs/0/result", Set.of("ADMIN", "LAB_MANAGER", "TECHNICIAN", "VERIFIER")),
            new Rule("POST", "/test-runs/0/verify", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER")),
            new Rule("POST", "/test-runs/0/amend", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER")),
            new Rule("POST", "/orders/0/release", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER")),
            new Rule("GET", "/orders/{order}/report.pdf", EVERYONE),
            new Rule("GET", "/orders/{order}/reports", EVERYONE),
            new Rule("GET", "/patients/{patient}/report.pdf", EVERYONE),
            new Rule("GET", "/events", Set.of("ADMIN", "LAB_MANAGER", "INTEGRATION")),
            new Rule("GET", "/metrics/tat", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "INTEGRATION", "VIEWER")),
            new Rule("GET", "/autoverification-rules", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER")),
            new Rule("PUT", "/autoverification-rules/{unknown-code}", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/reference-ranges?test=GLU", EVERYONE),
            new Rule("POST", "/reference-ranges", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("PUT", "/reference-ranges/0", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("PUT", "/tests/{unknown-code}/delta-check", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/printers", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN", "RECEPTION")),
            new Rule("POST", "/printers/{unknown-code}", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("PUT", "/printers/{unknown-code}", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/workstations", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN", "RECEPTION")),
            new Rule("POST", "/workstations/{unknown-code}", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("PUT", "/workstations/{unknown-code}", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("POST", "/orders/0/labels", Set.of("ADMIN", "LAB_MANAGER", "TECHNICIAN", "RECEPTION")),
            new Rule("GET", "/orders/{order}/labels", Set.of("ADMIN", "LAB_MANAGER", "TECHNICIAN", "RECEPTION")),
            new Rule("POST", "/print-jobs/0/reprint", Set.of("ADMIN", "LAB_MANAGER", "TECHNICIAN", "RECEPTION")),
            new Rule("GET", "/orders/{order}/labels.pdf", Set.of("ADMIN", "LAB_MANAGER", "TECHNICIAN", "RECEPTION")),
            // the integration account neither registered Neo nor ordered for it: not one of its practice's animals
            new Rule("GET", "/patients/{patient}/photos", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN", "RECEPTION", "VIEWER")),
            new Rule("GET", "/patients/{patient}/photos/0/image", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN", "RECEPTION", "VIEWER")),
            new Rule("GET", "/patients/{patient}/photos/0/thumbnail", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN", "RECEPTION", "VIEWER")),
            new Rule("PUT", "/patients/{patient}/photos/0/primary", Set.of("ADMIN", "LAB_MANAGER", "RECEPTION")),
            new Rule("GET", "/qc/lots", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN")),
            new Rule("POST", "/qc/lots", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("POST", "/qc/lots/0/retire", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/qc/results?instrument=DEMO-CHEM&test=ALT", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN")),
            new Rule("POST", "/qc/results", Set.of("ADMIN", "LAB_MANAGER", "TECHNICIAN")),
            new Rule("GET", "/qc/status", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN")),
            new Rule("POST", "/qc/status/DEMO-CHEM/NO_SUCH/corrective-action", Set.of("ADMIN", "LAB_MANAGER", "TECHNICIAN")),
            new Rule("GET", "/qc/events?instrument=DEMO-CHEM&test=ALT", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN")),
            new Rule("GET", "/qc/rules/DEMO-CHEM/ALT", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER", "TECHNICIAN")),
            new Rule("PUT", "/qc/rules/DEMO-CHEM/NO_SUCH", Set.of("ADMIN", "LAB_MANAGER")),
            new Rule("GET", "/qc/lookback/0", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER")),
            new Rule("POST", "/qc/lookback/0/mark", Set.of("ADMIN", "LAB_MANAGER", "VERIFIER")),
            new Rule("GET", "/unguarded-probe", Set.of()));

    private final ApiClient api = new ApiClient();
    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.ear();
        WebArchive rest = ear.getAsType(WebArchive.class, "lis-api.war").addClass(UnguardedProbeResource.class);
        ear.delete("lis-api.war");
        return ear.addAsModule(rest);
    }

    @Test
    void everyRoleGetsExactlyWhatTheTableSays() throws Exception {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Matrix").build()))
                .getJsonNumber("id").longValue();
        long patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Neo")
                .add("species", "DOG").add("sex", "MALE").add("neuterStatus", "INTACT").build())).getJsonNumber("id").longValue();
        long order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("tests", Json.createArrayBuilder().add("GLU")).build())).getJsonNumber("id").longValue();
        String specimen = json(api.get("reception", "/orders/" + order)).getJsonArray("specimens").getJsonObject(0).getString("accession");
        JsonObject ownerBody = Json.createObjectBuilder().add("lastName", "Matrix").build();
        JsonObject patientBody = Json.createObjectBuilder().add("ownerId", owner).add("name", "Neo").add("species", "DOG")
                .add("sex", "MALE").add("neuterStatus", "INTACT").build();

        for (Rule rule : MATRIX) {
            String path = rule.path().replace("{owner}", Long.toString(owner)).replace("{patient}", Long.toString(patient))
                    .replace("{order}", Long.toString(order)).replace("{specimen}", specimen)
                    .replace("{unknown}", AccessionFormat.DEFAULT.issue(2099, 7654321).value()).replace("{unknown-user}", "no-such-user")
                    .replace("{unknown-code}", "NO_SUCH_CODE");
            JsonObject body = path.startsWith("/patients") ? patientBody : ownerBody;
            for (Map.Entry<String, String> role : USER_OF_ROLE.entrySet()) {
                int status = switch (rule.method()) {
                    case "GET" -> api.get(role.getValue(), path).statusCode();
                    case "POST" -> api.post(role.getValue(), path, body).statusCode();
                    default -> api.put(role.getValue(), path, body, null).statusCode(); // allowed → 428 (no If-Match)
                };
                String what = rule.method() + " " + rule.path() + " as " + role.getKey();
                if (rule.allowed().contains(role.getKey())) {
                    assertThat(status).as(what).isNotIn(401, 403);
                } else {
                    assertThat(status).as(what).isEqualTo(403);
                }
            }
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/lis/api/v1" + path))
                    .method(rule.method(), "GET".equals(rule.method()) ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body.toString()))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            // no token: 401, except where nobody at all may enter, which is refused outright
            assertThat(anonymous.statusCode()).as(rule.method() + " " + rule.path() + " without a token")
                    .isEqualTo(rule.allowed().isEmpty() ? 403 : 401);
        }
    }
}

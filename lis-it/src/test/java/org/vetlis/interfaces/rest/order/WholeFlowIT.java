package org.vetlis.interfaces.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;

/**
 * The whole way through the API: owner → cat → CBC + Chem-17 → specimens received → results entered by a
 * technician → verified by a pathologist → order VERIFIED, with every step in the audit trail and the chain intact.
 */
@ExtendWith(ArquillianExtension.class)
class WholeFlowIT {

    /** Plausible feline values, with the decimals each test reports. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("WBC", "9.80"), Map.entry("RBC", "8.10"), Map.entry("HGB", "125"), Map.entry("HCT", "0.380"),
            Map.entry("MCV", "46.9"), Map.entry("MCH", "15.4"), Map.entry("MCHC", "329"), Map.entry("PLT", "310"),
            Map.entry("NEU", "6.10"), Map.entry("LYM", "2.90"), Map.entry("MONO", "0.30"), Map.entry("EOS", "0.45"),
            Map.entry("BASO", "0.05"), Map.entry("ALB", "31"), Map.entry("ALP", "35"), Map.entry("ALT", "54"),
            Map.entry("AMYL", "1100"), Map.entry("AST", "25"), Map.entry("BUN", "8.2"), Map.entry("CA", "2.40"),
            Map.entry("CHOL", "4.10"), Map.entry("CREA", "140"), Map.entry("GGT", "2"), Map.entry("GLOB", "40"),
            Map.entry("GLU", "6.1"), Map.entry("LIPA", "180"), Map.entry("PHOS", "1.50"), Map.entry("TBIL", "3.4"),
            Map.entry("TP", "71"), Map.entry("CK", "210"));

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anOrderGoesFromEnteredToVerifiedAndEveryStepIsAudited() {
        long owner = id(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Flow" + UUID.randomUUID()
                .toString().substring(0, 6)).add("phone", "+41 31 555 00 11").build()));
        long cat = id(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Minka")
                .add("species", "CAT").add("sex", "FEMALE").add("neuterStatus", "NEUTERED").add("weightKg", 4.1).build()));
        JsonObject order = json(api.post("integration", "/orders", Json.createObjectBuilder().add("patientId", cat)
                .add("tests", Json.createArrayBuilder().add("CBC").add("CHEM17")).add("placerOrderId", "PMS-" + cat).build()));
        long orderId = order.getJsonNumber("id").longValue();
        assertThat(order.getString("status")).isEqualTo("ENTERED");

        for (JsonObject specimen : order.getJsonArray("specimens").getValuesAs(JsonObject.class)) {
            assertThat(api.post("tech", "/specimens/" + specimen.getString("accession") + "/receive",
                    Json.createObjectBuilder().build()).statusCode()).isEqualTo(200);
        }
        List<JsonObject> runs = order.getJsonArray("testRuns").getValuesAs(JsonObject.class);
        JsonObject first = runs.get(0);
        assertThat(api.post("pathologist", "/test-runs/" + first.getJsonNumber("id") + "/verify", Json.createObjectBuilder().build())
                .statusCode()).as("verify without a result").isEqualTo(409);

        for (JsonObject run : runs) {
            HttpResponse<String> entered = api.post("tech", "/test-runs/" + run.getJsonNumber("id") + "/result",
                    Json.createObjectBuilder().add("value", VALUES.get(run.getString("test"))).build());
            assertThat(entered.statusCode()).as(run.getString("test") + ": " + entered.body()).isEqualTo(200);
        }
        assertThat(json(api.get("viewer", "/orders/" + orderId)).getString("status")).isEqualTo("RESULTED");
        assertThat(api.post("tech", "/test-runs/" + first.getJsonNumber("id") + "/verify", Json.createObjectBuilder().build())
                .statusCode()).as("a technician may not verify").isEqualTo(403);

        for (JsonObject run : runs) {
            assertThat(api.post("pathologist", "/test-runs/" + run.getJsonNumber("id") + "/verify", Json.createObjectBuilder().build())
                    .statusCode()).isEqualTo(200);
        }
        JsonObject verified = json(api.get("viewer", "/orders/" + orderId));
        assertThat(verified.getString("status")).isEqualTo("VERIFIED");
        assertThat(verified.getJsonArray("testRuns").getValuesAs(JsonObject.class)).allSatisfy(r -> {
            assertThat(r.getString("enteredBy")).isEqualTo("tech");
            assertThat(r.getString("verifiedBy")).isEqualTo("pathologist");
        });

        List<JsonObject> trail = json(api.get("manager", "/audit?entity=TestRun&id=" + first.getJsonNumber("id")))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(trail).extracting(e -> e.getString("action")).containsExactly("RESULT_ENTERED", "RESULT_VERIFIED");
        assertThat(trail.get(1).getString("before")).contains("\"status\":\"RESULTED\"");
        assertThat(trail.get(1).getString("after")).contains("\"status\":\"VERIFIED\"", "\"verifiedBy\":\"pathologist\"");
        assertThat(json(api.get("manager", "/audit?entity=Order&id=" + orderId)).getJsonArray("items")).hasSize(1);
        assertThat(json(api.get("admin", "/audit/verify")).getBoolean("intact")).isTrue();
    }

    @Test
    void withFourEyesTheEnteringUserCannotVerify() {
        long owner = id(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Eyes").build()));
        long dog = id(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Rex")
                .add("species", "DOG").add("sex", "MALE").add("neuterStatus", "INTACT").build()));
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", dog)
                .add("tests", Json.createArrayBuilder().add("GLU")).build()));
        String serum = order.getJsonArray("specimens").getJsonObject(0).getString("accession");
        long run = order.getJsonArray("testRuns").getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> beforeReceipt = api.post("manager", "/test-runs/" + run + "/result", Json.createObjectBuilder().add("value", "5.5").build());
        assertThat(beforeReceipt.statusCode()).as("no result before the specimen is received").isEqualTo(409);
        api.post("manager", "/specimens/" + serum + "/receive", Json.createObjectBuilder().build());
        assertThat(api.post("manager", "/test-runs/" + run + "/result", Json.createObjectBuilder().add("value", "5.55").build())
                .statusCode()).as("GLU has one decimal").isEqualTo(422);
        assertThat(api.post("manager", "/test-runs/" + run + "/result", Json.createObjectBuilder().add("value", "5,5").build())
                .statusCode()).isEqualTo(200);

        HttpResponse<String> sameUser = api.post("manager", "/test-runs/" + run + "/verify", Json.createObjectBuilder().build());

        assertThat(sameUser.statusCode()).isEqualTo(409);
        assertThat(sameUser.body()).contains("four eyes");
        assertThat(api.post("admin", "/test-runs/" + run + "/verify", Json.createObjectBuilder().build()).statusCode()).isEqualTo(200);
    }

    private static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        return json(created).getJsonNumber("id").longValue();
    }
}

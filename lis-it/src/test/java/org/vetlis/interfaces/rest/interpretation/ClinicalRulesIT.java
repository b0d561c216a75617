package org.vetlis.interfaces.rest.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.array;
import static org.vetlis.it.ApiClient.json;
import static org.vetlis.it.Eventually.await;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.it.AnalyzerPeer;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;

/**
 * An analyzer's results read the way a careful person would: units converted or held, tests not valid for the
 * species held, and the lab's explicit autoverification rules verifying only what they allow, naming themselves.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicalRulesIT {

    private static final List<String> RULED = List.of("ALT", "GLU", "CREA", "ALP");

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void rulesOffAgain() {
        // rules are the lab's: other tests expect results to wait for a person
        for (JsonObject rule : array(api.get("manager", "/autoverification-rules")).getValuesAs(JsonObject.class)) {
            if (rule.getBoolean("enabled")) {
                api.put("manager", "/autoverification-rules/" + rule.getString("test"), Json.createObjectBuilder().add("enabled", false).build(),
                        "W/\"" + rule.getJsonNumber("version") + "\"");
            }
        }
    }

    @Test
    void aGlucoseInMgPerDlIsConvertedAndAnUnknownUnitIsHeldInsteadOfGuessed() throws Exception {
        Map<String, JsonObject> runs = fromAnalyzer(dog(), List.of("GLU", "CREA", "ALT"),
                "R|1|^^^GLU|100|mg/dL||N||F||||20261124101500\r"
                + "R|2|^^^CRE|1.2|mg/dL||N||F||||20261124101500\r"
                + "R|3|^^^ALT|0.9|ukat/L||N||F||||20261124101500\r");

        JsonObject glucose = runs.get("GLU");
        assertThat(glucose.getString("value")).as("100 mg/dL × 0.055506").isEqualTo("5.6");
        assertThat(glucose.getString("unit")).isEqualTo("mmol/L");
        assertThat(glucose.getString("asSent")).isEqualTo("100 mg/dL");
        assertThat(glucose.getString("flag")).as("read against the dog's mmol/L range").isEqualTo("N");
        assertThat(runs.get("CREA").getString("value")).as("1.2 mg/dL × 88.4017").isEqualTo("106");
        assertThat(runs.get("CREA").getString("unit")).isEqualTo("umol/L");

        JsonObject alt = runs.get("ALT");
        assertThat(alt.getString("value")).as("kept as sent").isEqualTo("0.9");
        assertThat(alt.getString("unit")).isEqualTo("ukat/L");
        assertThat(alt.getString("flag")).as("no range is in that unit").isEqualTo("NO_RANGE");
        assertThat(alt.getString("review")).contains("Unit check", "0.9 ukat/L", "U/L", "no conversion");
    }

    @Test
    void anSdmaOrderedForAHorseIsHeldWithTheReason() {
        long horse = animal("HORSE");
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", horse)
                .add("tests", Json.createArrayBuilder().add("SDMA").add("CREA")).build()));
        Map<String, JsonObject> runs = byTest(order);

        assertThat(runs.get("SDMA").getString("review")).contains("Species check", "SDMA", "horses", "CAT, DOG");
        assertThat(runs.get("CREA").getString("review", null)).as("valid for every species").isNull();
    }

    @Test
    void autoverificationIsOffUntilTheLabEnablesARuleAndThenVerifiesOnlyWhatEveryConditionAllows() throws Exception {
        Map<String, JsonObject> before = fromAnalyzer(dog(), List.of("ALT"), "R|1|^^^ALT|50|U/L||N||F||||20261124101500\r");
        assertThat(before.get("ALT").getString("status")).as("no rule: a person verifies").isEqualTo("RESULTED");

        for (String test : RULED) {
            var set = api.put("manager", "/autoverification-rules/" + test, Json.createObjectBuilder().add("enabled", true).build(), null);
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        }
        assertThat(api.put("tech", "/autoverification-rules/AST", Json.createObjectBuilder().add("enabled", true).build(), null).statusCode())
                .as("a lab manager's decision").isEqualTo(403);
        long altVersion = array(api.get("manager", "/autoverification-rules")).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("test").equals("ALT")).findFirst().orElseThrow().getJsonNumber("version").longValue();

        Map<String, JsonObject> runs = fromAnalyzer(dog(), List.of("ALT", "AST", "GLU", "CREA", "ALP"),
                "R|1|^^^ALT|50|U/L||N||F||||20261124101500\r"      // inside the range, rule on: verified by the rule
                + "R|2|^^^AST|30|U/L||N||F||||20261124101500\r"    // inside, but no rule for AST
                + "R|3|^^^GLU|1.9|mmol/L||N||F||||20261124101500\r" // critical
                + "R|4|^^^CREA|100|umol/L||A||F||||20261124101500\r" // the analyzer flagged it
                + "R|5|^^^ALP|40|U/L||N||F||||20261124101500\rC|1|I|Lipaemic sample|G\r"); // the analyzer commented

        assertThat(runs.get("ALT").getString("status")).isEqualTo("VERIFIED");
        assertThat(runs.get("ALT").getString("verifiedBy")).isEqualTo("rule ALT v" + altVersion);
        assertThat(runs).as("everything else waits for a person").allSatisfy((test, run) -> {
            if (!test.equals("ALT")) {
                assertThat(run.getString("status")).as(test).isEqualTo("RESULTED");
            }
        });
        long altRun = runs.get("ALT").getJsonNumber("id").longValue();
        var trail = json(api.get("admin", "/audit?entity=TestRun&id=" + altRun)).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(trail).filteredOn(e -> e.getString("action").equals("RESULT_AUTOVERIFIED")).singleElement().satisfies(e -> {
            assertThat(e.getString("actor")).isEqualTo("rule ALT v" + altVersion);
            assertThat(e.getString("detail")).contains("ALT 50 U/L verified by rule ALT v" + altVersion);
        });

        // switched off again: the next result waits, and the rule's version moved on
        var off = api.put("manager", "/autoverification-rules/ALT", Json.createObjectBuilder().add("enabled", false).build(),
                "W/\"" + altVersion + "\"");
        assertThat(json(off).getJsonNumber("version").longValue()).isGreaterThan(altVersion);
        assertThat(api.put("manager", "/autoverification-rules/ALT", Json.createObjectBuilder().add("enabled", true).build(),
                "W/\"" + altVersion + "\"").statusCode()).as("a stale version").isEqualTo(409);
        Map<String, JsonObject> after = fromAnalyzer(dog(), List.of("ALT"), "R|1|^^^ALT|50|U/L||N||F||||20261124101500\r");
        assertThat(after.get("ALT").getString("status")).isEqualTo("RESULTED");
    }

    private long dog() {
        return animal("DOG");
    }

    private long animal(String species) {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Rules").build()))
                .getJsonNumber("id").longValue();
        return json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Rule " + species)
                .add("species", species).add("sex", "MALE").add("neuterStatus", "NEUTERED")
                .add("dateOfBirth", LocalDate.now().minusYears(6).toString()).build())).getJsonNumber("id").longValue();
    }

    /** Orders {@code tests} for the animal, the demo chemistry analyzer sends {@code results} on its serum tube: the runs by test. */
    private Map<String, JsonObject> fromAnalyzer(long patient, List<String> tests, String results) throws Exception {
        var list = Json.createArrayBuilder();
        tests.forEach(list::add);
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", patient).add("tests", list).build()));
        String serum = order.getJsonArray("specimens").getJsonObject(0).getString("accession");
        String message = "H|\\^&|||DEMO-CHEM^1.0|||||||P|LIS2-A2|20261124101500\rP|1\rO|1|" + serum + "||^^^ALT|R||||||N||||SERUM\r"
                + results + "L|1|N\r";
        try (AnalyzerPeer analyzer = new AnalyzerPeer()) {
            assertThat(analyzer.send(message)).isEqualTo(AstmControl.ACK);
        }
        JsonObject resulted = await(() -> json(api.get("viewer", "/orders/" + order.getJsonNumber("id"))),
                o -> o.getJsonArray("testRuns").getValuesAs(JsonObject.class).stream()
                        .noneMatch(r -> r.getString("status").equals("PENDING") || r.getString("status").equals("SENT")), "every result in");
        return byTest(resulted);
    }

    private static Map<String, JsonObject> byTest(JsonObject order) {
        return order.getJsonArray("testRuns").getValuesAs(JsonObject.class).stream().filter(r -> r.getBoolean("reportable"))
                .collect(Collectors.toMap(r -> r.getString("test"), r -> r));
    }
}

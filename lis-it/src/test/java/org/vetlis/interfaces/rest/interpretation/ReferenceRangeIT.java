package org.vetlis.interfaces.rest.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;
import static org.vetlis.it.Eventually.await;

import java.time.LocalDate;

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
import org.vetlis.it.Bench;
import org.vetlis.it.Deployments;

/**
 * Results read against the animal's species and age with the seeded reference ranges, typed at the bench or sent by
 * an analyzer; VetLIS's flag beside the analyzer's own, never mixed with it.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceRangeIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aCatAndADogWithTheSameAltGetDifferentFlags() {
        JsonObject dog = entered(animal("DOG", LocalDate.now().minusYears(5)), "ALT", "120");
        JsonObject cat = entered(animal("CAT", LocalDate.now().minusYears(5)), "ALT", "120");

        assertThat(dog.getString("flag")).isEqualTo("H");
        assertThat(dog.getString("referenceRange")).isEqualTo("14–86 U/L");
        assertThat(cat.getString("flag")).isEqualTo("N");
        assertThat(cat.getString("referenceRange")).isEqualTo("25–145 U/L");
    }

    @Test
    void aKittensAlpIsReadAgainstTheJuvenileBandAndAnAdultCatsAgainstTheAdultOne() {
        JsonObject kitten = entered(animal("CAT", LocalDate.now().minusDays(70)), "ALP", "120");
        JsonObject adult = entered(animal("CAT", LocalDate.now().minusYears(4)), "ALP", "120");
        JsonObject ageUnknown = entered(animal("CAT", null), "ALP", "120");

        assertThat(kitten.getString("flag")).isEqualTo("N");
        assertThat(kitten.getString("referenceRange")).isEqualTo("10–158 U/L");
        assertThat(adult.getString("flag")).isEqualTo("H");
        assertThat(adult.getString("referenceRange")).isEqualTo("10–79 U/L");
        assertThat(ageUnknown.getString("referenceRange")).as("no age, no age band").isEqualTo("10–79 U/L");
    }

    @Test
    void aSpeciesWithoutRangesIsFlaggedAsHavingNone() {
        JsonObject rabbit = entered(animal("RABBIT", LocalDate.now().minusYears(2)), "ALT", "50");

        assertThat(rabbit.getString("flag")).isEqualTo("NO_RANGE");
        assertThat(rabbit.getString("referenceRange", null)).as("none, and none invented").isNull();
    }

    @Test
    void anAnalyzersCriticalGlucoseIsFlaggedByVetlisWhateverTheAnalyzerSaid() throws Exception {
        long dog = animal("DOG", LocalDate.now().minusYears(3));
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", dog)
                .add("tests", Json.createArrayBuilder().add("GLU")).build()));
        String serum = order.getJsonArray("specimens").getJsonObject(0).getString("accession");
        String message = "H|\\^&|||DEMO-CHEM^1.0|||||||P|LIS2-A2|20261124101500\rP|1\rO|1|" + serum + "||^^^GLU|R||||||N||||SERUM\r"
                + "R|1|^^^GLU|2.1|mmol/L|3.9 to 6.1|N||F||||20261124101500\rL|1|N\r";
        try (AnalyzerPeer analyzer = new AnalyzerPeer()) {
            assertThat(analyzer.send(message)).isEqualTo(AstmControl.ACK);
        }
        JsonObject glucose = await(() -> json(api.get("viewer", "/orders/" + order.getJsonNumber("id"))).getJsonArray("testRuns")
                .getJsonObject(0), run -> "RESULTED".equals(run.getString("status")), "the glucose result");

        assertThat(glucose.getString("flag")).as("below the critical limit").isEqualTo("LL");
        assertThat(glucose.getString("analyzerFlags")).as("the analyzer's own, kept apart").isEqualTo("N");
        assertThat(glucose.getString("referenceRange")).isEqualTo("3.72–7.49 mmol/L");
    }

    @Test
    void aCriticalValueHoldsTheResultUntilSomeoneSaysWhomTheyToldAndThatIsAudited() {
        JsonObject glucose = entered(animal("DOG", LocalDate.now().minusYears(9)), "GLU", "1.8");
        long run = glucose.getJsonNumber("id").longValue();
        assertThat(glucose.getString("flag")).isEqualTo("LL");
        JsonObject alert = Json.createReader(new java.io.StringReader(api.get("tech", "/alerts").body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getJsonNumber("testRunId").longValue() == run).findFirst().orElseThrow();
        assertThat(alert.getString("result")).startsWith("1.8 mmol/L");
        assertThat(alert.getString("flag")).isEqualTo("LL");

        var held = api.post("pathologist", "/test-runs/" + run + "/verify", Json.createObjectBuilder().build());
        assertThat(held.statusCode()).as("not verified before the alert is acknowledged").isEqualTo(409);
        assertThat(held.body()).contains("critical");
        String acknowledge = "/alerts/" + alert.getJsonNumber("id") + "/acknowledge";
        assertThat(api.post("tech", acknowledge, Json.createObjectBuilder().add("notified", " ").build()).statusCode())
                .as("whom they told is required").isEqualTo(422);
        assertThat(api.post("reception", acknowledge, Json.createObjectBuilder().add("notified", "Dr. Weber").build()).statusCode())
                .isEqualTo(403);
        var acknowledged = api.post("tech", acknowledge, Json.createObjectBuilder().add("notified", "Dr. Weber, Tierklinik Nord, by phone")
                .build());
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        assertThat(json(acknowledged).getString("acknowledgedBy")).isEqualTo("tech");
        assertThat(api.post("tech", acknowledge, Json.createObjectBuilder().add("notified", "again").build()).statusCode()).isEqualTo(409);
        assertThat(api.get("tech", "/alerts").body()).doesNotContain("\"testRunId\":" + run + ",");

        assertThat(api.post("pathologist", "/test-runs/" + run + "/verify", Json.createObjectBuilder().build()).statusCode()).isEqualTo(200);
        var trail = json(api.get("admin", "/audit?entity=TestRun&id=" + run)).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(trail).extracting(e -> e.getString("action"))
                .contains("RESULT_ENTERED", "CRITICAL_VALUE_RAISED", "CRITICAL_VALUE_ACKNOWLEDGED", "RESULT_VERIFIED");
        assertThat(trail.stream().filter(e -> e.getString("action").equals("CRITICAL_VALUE_ACKNOWLEDGED")).findFirst().orElseThrow()
                .getString("detail")).contains("Dr. Weber, Tierklinik Nord, by phone");
    }

    @Test
    void aCreatinineThatDoubledSinceTheLastVerifiedOneIsHeldWithBothValues() {
        long dog = animal("DOG", LocalDate.now().minusYears(11));
        JsonObject before = entered(dog, "CREA", "90");
        assertThat(before.getString("review", null)).as("nothing to compare with yet").isNull();
        api.post("pathologist", "/test-runs/" + before.getJsonNumber("id") + "/verify", Json.createObjectBuilder().build());

        JsonObject within = entered(dog, "CREA", "120");
        assertThat(within.getString("review", null)).as("+33 %, within ±50 %").isNull();
        JsonObject jump = entered(dog, "CREA", "180");

        assertThat(jump.getString("review")).contains("180 now", "90 on", "±50 %", "30 days");
        assertThat(jump.getString("flag")).isEqualTo("H");
        var verified = api.post("pathologist", "/test-runs/" + jump.getJsonNumber("id") + "/verify", Json.createObjectBuilder().build());
        assertThat(verified.statusCode()).as("a person who read both may verify it").isEqualTo(200);
    }

    private long animal(String species, LocalDate born) {
        return Bench.animal(api, species, born);
    }

    private JsonObject entered(long patient, String test, String value) {
        return Bench.entered(api, patient, test, value);
    }
}

package org.vetlis.interfaces.rest.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Bench;
import org.vetlis.it.Deployments;

/**
 * A lab manager keeps the ranges and delta checks: a range added for a species that had none reads the very next
 * result, a retired one reads nothing more, and every change is audited; results read before keep their reading.
 */
@ExtendWith(ArquillianExtension.class)
class RangeAdministrationIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aRangeAddedForRabbitsReadsTheNextRabbitResultAndARetiredOneNoMore() {
        JsonObject before = entered(animal("RABBIT"), "ALT", "120");
        assertThat(before.getString("flag")).isEqualTo("NO_RANGE");

        assertThat(api.post("tech", "/reference-ranges", rabbitAlt().build()).statusCode()).as("a lab manager's decision").isEqualTo(403);
        var reversed = api.post("manager", "/reference-ranges", rabbitAlt().add("low", 90).add("high", 14).build());
        assertThat(reversed.statusCode()).isEqualTo(422);
        assertThat(reversed.body()).contains("high");
        assertThat(api.post("manager", "/reference-ranges", rabbitAlt().add("species", "UNICORN").build()).statusCode()).isEqualTo(422);

        var created = api.post("manager", "/reference-ranges", rabbitAlt().build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject range = json(created);
        assertThat(range.getString("range")).isEqualTo("14–80 U/L");

        JsonObject after = entered(animal("RABBIT"), "ALT", "120");
        assertThat(after.getString("flag")).as("read at once, not after the cache expires").isEqualTo("H");
        assertThat(after.getString("referenceRange")).isEqualTo("14–80 U/L");
        assertThat(json(api.get("viewer", "/orders/" + orderOf(before))).getJsonArray("testRuns").getJsonObject(0).getString("flag"))
                .as("a result read before keeps its reading").isEqualTo("NO_RANGE");

        long id = range.getJsonNumber("id").longValue();
        String version = "W/\"" + range.getJsonNumber("version") + "\"";
        var retired = api.put("manager", "/reference-ranges/" + id, rabbitAlt().add("active", false).build(), version);
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(api.put("manager", "/reference-ranges/" + id, rabbitAlt().build(), version).statusCode()).as("stale").isIn(409, 412);
        assertThat(entered(animal("RABBIT"), "ALT", "120").getString("flag")).isEqualTo("NO_RANGE");

        var trail = json(api.get("admin", "/audit?entity=ReferenceRange&id=" + id)).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(trail).extracting(e -> e.getString("action")).containsExactlyInAnyOrder("CATALOGUE_ENTRY_CREATED", "CATALOGUE_ENTRY_CHANGED");
    }

    @Test
    void aDeltaCheckSetOnATestHoldsTheNextResultThatMovesTooFar() {
        JsonObject ast = json(api.get("manager", "/tests/AST"));
        String version = api.get("manager", "/tests/AST").headers().firstValue("ETag").orElseThrow();
        assertThat(ast.get("deltaCheck")).as("none yet (a null is left out)").isNull();
        var set = api.put("manager", "/tests/AST/delta-check", Json.createObjectBuilder().add("percent", 20).add("windowDays", 10).build(),
                version);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(json(set).getJsonObject("deltaCheck").getInt("windowDays")).isEqualTo(10);
        try {
            long dog = animal("DOG");
            JsonObject first = entered(dog, "AST", "40");
            assertThat(api.post("pathologist", "/test-runs/" + first.getJsonNumber("id") + "/verify", Json.createObjectBuilder().build())
                    .statusCode()).isEqualTo(200);
            JsonObject jump = entered(dog, "AST", "100");
            assertThat(jump.getString("review")).contains("Delta check", "100 now", "40 on", "±20 %", "10 days");
        } finally {
            String now = set.headers().firstValue("ETag").orElseThrow();
            var removed = api.put("manager", "/tests/AST/delta-check", Json.createObjectBuilder().addNull("percent").addNull("windowDays").build(), now);
            assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
            assertThat(json(removed).get("deltaCheck")).isNull();
        }
        assertThat(api.put("manager", "/tests/AST/delta-check", Json.createObjectBuilder().add("percent", 20).build(),
                api.get("manager", "/tests/AST").headers().firstValue("ETag").orElseThrow()).statusCode()).as("a window is needed").isEqualTo(422);
    }

    private static JsonObjectBuilder rabbitAlt() {
        return Json.createObjectBuilder().add("test", "alt").add("species", "RABBIT").add("unit", "U/L").add("low", 14).add("high", 80)
                .add("criticalHigh", 500).add("source", "Lab's own interval from 120 healthy pet rabbits, 2026");
    }

    private long orderOf(JsonObject run) {
        return json(api.get("viewer", "/specimens/" + run.getString("accession"))).getJsonNumber("orderId").longValue();
    }

    private long animal(String species) {
        return Bench.animal(api, species, LocalDate.now().minusYears(3));
    }

    private JsonObject entered(long patient, String test, String value) {
        return Bench.entered(api, patient, test, value);
    }
}

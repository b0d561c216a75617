package org.vetlis.interfaces.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;

/** The worklist over the API: STAT first, then the oldest order; filters; who may read it; a wrong sort refused. */
@ExtendWith(ArquillianExtension.class)
class WorklistApiIT {

    private static final Map<String, Integer> RANK = Map.of("STAT", 0, "URGENT", 1, "ROUTINE", 2);

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aStatRunPlacedLastIsReadBeforeTheRoutineRunsPlacedEarlier() {
        long patient = aDog();
        long routine = runOf(place(patient, "ROUTINE", "CORT"));
        long stat = runOf(place(patient, "STAT", "CORT"));

        List<JsonObject> page = items(api.get("tech", "/test-runs?status=PENDING&test=cort&size=200"));
        assertThat(page).extracting(i -> RANK.get(i.getString("urgency"))).as("STAT, then URGENT, then ROUTINE")
                .isSortedAccordingTo(Comparator.naturalOrder());
        List<Long> ids = page.stream().map(i -> i.getJsonNumber("id").longValue()).toList();
        assertThat(ids).contains(stat, routine);
        assertThat(ids.indexOf(stat)).isLessThan(ids.indexOf(routine));
        JsonObject line = page.get(ids.indexOf(stat));
        assertThat(line.getString("test")).isEqualTo("CORT");
        assertThat(line.getString("patientName")).isEqualTo("Worky");
        assertThat(line.getString("species")).isEqualTo("DOG");
        assertThat(line.getString("accession")).isNotBlank();

        List<Long> newestFirst = items(api.get("pathologist", "/test-runs?status=PENDING&test=CORT&sort=ordered&desc=true&size=2"))
                .stream().map(i -> i.getJsonNumber("id").longValue()).toList();
        assertThat(newestFirst).containsExactly(stat, routine);
        assertThat(items(api.get("tech", "/test-runs?urgency=ROUTINE&test=CORT&status=PENDING&size=200")))
                .extracting(i -> i.getJsonNumber("id").longValue()).contains(routine).doesNotContain(stat);
    }

    @Test
    void aWrongSortIsRefusedAndReceptionMayNotReadTheBench() {
        HttpResponse<String> wrong = api.get("tech", "/test-runs?sort=colour");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(wrong.body()).contains("sort");
        assertThat(api.get("tech", "/test-runs?status=DONE").statusCode()).isEqualTo(422);
        assertThat(api.get("reception", "/test-runs").statusCode()).isEqualTo(403);
    }

    private long aDog() {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Worklist").build()))
                .getJsonNumber("id").longValue();
        return json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Worky")
                .add("species", "DOG").add("sex", "FEMALE").add("neuterStatus", "INTACT").build())).getJsonNumber("id").longValue();
    }

    private JsonObject place(long patient, String urgency, String test) {
        return json(api.post("integration", "/orders", Json.createObjectBuilder().add("patientId", patient).add("urgency", urgency)
                .add("tests", Json.createArrayBuilder().add(test)).build()));
    }

    private static long runOf(JsonObject order) {
        return order.getJsonArray("testRuns").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static List<JsonObject> items(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }
}

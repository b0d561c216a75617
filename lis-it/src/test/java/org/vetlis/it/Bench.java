package org.vetlis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** What reception and the bench do through the API before a test looks at a result. */
public final class Bench {

    private Bench() {
    }

    /** A spayed female of {@code species} born on {@code born} (null: unknown), with an owner of her own: her id. */
    public static long animal(ApiClient api, String species, LocalDate born) {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Ranges").build()))
                .getJsonNumber("id").longValue();
        var patient = Json.createObjectBuilder().add("ownerId", owner).add("name", "Flag " + species).add("species", species)
                .add("sex", "FEMALE").add("neuterStatus", "NEUTERED");
        if (born != null) {
            patient.add("dateOfBirth", born.toString());
        }
        return json(api.post("reception", "/patients", patient.build())).getJsonNumber("id").longValue();
    }

    /** An order of {@code test} for the animal, its tube received, {@code value} typed at the bench: the run as the API shows it. */
    public static JsonObject entered(ApiClient api, long patient, String test, String value) {
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("tests", Json.createArrayBuilder().add(test)).build()));
        api.post("tech", "/specimens/" + order.getJsonArray("specimens").getJsonObject(0).getString("accession") + "/receive",
                Json.createObjectBuilder().build());
        var entered = api.post("tech", "/test-runs/" + order.getJsonArray("testRuns").getJsonObject(0).getJsonNumber("id") + "/result",
                Json.createObjectBuilder().add("value", value).build());
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
        return json(entered);
    }
}

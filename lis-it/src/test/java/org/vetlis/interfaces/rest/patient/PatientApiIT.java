package org.vetlis.interfaces.rest.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;

/** Owners and patients through the REST API, checked against what PostgreSQL holds afterwards. */
@ExtendWith(ArquillianExtension.class)
class PatientApiIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anOwnerAndHerCatAreRegisteredFoundAndAudited() throws SQLException {
        String surname = unique("Meier");
        long ownerId = owner(surname, "+41 44 555 12 34");
        String chip = chip("276");

        HttpResponse<String> created = api.post("reception", "/patients", cat(ownerId, "Mimi").add("microchip", chip).build());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).hasValue("W/\"1\"");
        long patientId = json(created).getJsonNumber("id").longValue();
        assertThat(json(created).getString("ownerName")).startsWith(surname);
        assertThat(json(api.get("viewer", "/patients?owner=" + surname.substring(0, 8).toLowerCase())).getInt("total")).isEqualTo(1);
        assertThat(json(api.get("tech", "/patients?phone=0445551234&owner=" + surname)).getInt("total")).isEqualTo(1);
        assertThat(json(api.get("tech", "/patients?microchip=" + chip)).getJsonArray("items").getJsonObject(0).getInt("id"))
                .isEqualTo((int) patientId);
        assertThat(auditActions("Patient", patientId)).containsExactly("PATIENT_REGISTERED by reception");
    }

    @Test
    void invalidInputNamesEveryFieldAndWritesNothing() throws SQLException {
        long ownerId = owner(unique("Bad"), null);
        String name = unique("Ghost");

        HttpResponse<String> refused = api.post("reception", "/patients", Json.createObjectBuilder()
                .add("ownerId", ownerId).add("name", name).add("species", "CAT").add("sex", "robot")
                .add("neuterStatus", "INTACT").add("weightKg", -2).add("microchip", "12").build());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("sex", "weightKg", "microchip");
        HttpResponse<String> unknownSpecies = api.post("reception", "/patients", cat(ownerId, name).add("species", "UNICORN").build());
        assertThat(unknownSpecies.statusCode()).isEqualTo(422);
        assertThat(unknownSpecies.body()).contains("\"field\":\"species\"");
        assertThat(count("select count(*) from patient where name = ?", name)).isZero();
    }

    @Test
    void aMicrochipIdentifiesOneAnimalOnly() {
        long ownerId = owner(unique("Chip"), null);
        String chip = chip("985");
        assertThat(api.post("reception", "/patients", cat(ownerId, "First").add("microchip", chip).build()).statusCode()).isEqualTo(201);

        HttpResponse<String> second = api.post("reception", "/patients", cat(ownerId, "Second").add("microchip", chip).build());

        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(second.body()).contains("\"field\":\"microchip\"");
    }

    @Test
    void twoChangesOfTheSameVersionMakeOneConflict() {
        long ownerId = owner(unique("Race"), null);
        JsonObject change = Json.createObjectBuilder().add("lastName", unique("Changed")).build();

        assertThat(api.put("reception", "/owners/" + ownerId, change, null).statusCode()).as("no If-Match").isEqualTo(428);
        HttpResponse<String> first = api.put("reception", "/owners/" + ownerId, change, "W/\"1\"");
        HttpResponse<String> second = api.put("integration", "/owners/" + ownerId, change, "W/\"1\"");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("ETag")).hasValue("W/\"2\"");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void pagesAreConsistentAndCountTheTotal() {
        long ownerId = owner(unique("Herd"), null);
        for (int i = 0; i < 25; i++) {
            assertThat(api.post("integration", "/patients", cat(ownerId, String.format("Sheep %02d", i)).add("species", "SHEEP")
                    .build()).statusCode()).isEqualTo(201);
        }
        Set<Integer> seen = new HashSet<>();
        for (int page = 0; page < 3; page++) {
            JsonObject result = json(api.get("viewer", "/patients?ownerId=" + ownerId + "&size=10&page=" + page));
            assertThat(result.getInt("total")).isEqualTo(25);
            result.getJsonArray("items").getValuesAs(JsonObject.class).forEach(p -> assertThat(seen.add(p.getInt("id"))).isTrue());
        }
        assertThat(seen).hasSize(25);
        assertThat(json(api.get("viewer", "/patients?ownerId=" + ownerId + "&size=10&page=2")).getJsonArray("items")).hasSize(5);
    }

    @Test
    void tenThousandSeededPatientsComeInConsistentPages() {
        HttpResponse<String> seeded = api.post("admin", "/admin/demo-data",
                Json.createObjectBuilder().add("owners", 1000).add("patients", 10_000).add("seed", 7).build());
        assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);

        long total = json(api.get("viewer", "/patients?size=1")).getJsonNumber("total").longValue();
        assertThat(total).isGreaterThanOrEqualTo(10_000);
        Set<Integer> seen = new HashSet<>();
        String previousName = "";
        for (int page = 0; page * 200L < total; page++) {
            JsonObject result = json(api.get("viewer", "/patients?sort=name&size=200&page=" + page));
            assertThat(result.getJsonNumber("total").longValue()).isEqualTo(total);
            for (JsonObject p : result.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertThat(seen.add(p.getInt("id"))).as("patient %d on one page only", p.getInt("id")).isTrue();
                assertThat(p.getString("name").toLowerCase()).isGreaterThanOrEqualTo(previousName);
                previousName = p.getString("name").toLowerCase();
            }
        }
        assertThat(seen).hasSize((int) total);
    }

    @Test
    void speciesCatalogueHasThirteenSpeciesWithBreeds() {
        HttpResponse<String> answer = api.get("viewer", "/species");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Json.createReader(new StringReader(answer.body())).readArray().getValuesAs(JsonObject.class))
                .hasSize(13)
                .anySatisfy(s -> {
                    assertThat(s.getString("code")).isEqualTo("CAT");
                    assertThat(s.getString("latinName")).isEqualTo("Felis catus");
                    assertThat(s.getJsonArray("breeds")).isNotEmpty();
                });
    }

    private long owner(String lastName, String phone) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("lastName", lastName).add("firstName", "Anna");
        if (phone != null) {
            body.add("phone", phone);
        }
        HttpResponse<String> created = api.post("reception", "/owners", body.build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder cat(long ownerId, String name) {
        return Json.createObjectBuilder().add("ownerId", ownerId).add("name", name).add("species", "CAT")
                .add("sex", "FEMALE").add("neuterStatus", "NEUTERED").add("dateOfBirth", "2019-05-01").add("weightKg", 4.2);
    }

    /** A 15-digit ISO microchip number no other test uses: country or maker code and 12 more digits. */
    private static String chip(String prefix) {
        return prefix + String.format("%012d", Math.floorMod(System.nanoTime() ^ UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000_000L));
    }

    private static String unique(String base) {
        return base + UUID.randomUUID().toString().substring(0, 6);
    }

    private static List<String> auditActions(String type, long id) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection db = TestServer.database();
             PreparedStatement q = db.prepareStatement("select action, actor, after_state from audit_event"
                     + " where entity_type = ? and entity_id = ? order by id")) {
            q.setString(1, type);
            q.setString(2, Long.toString(id));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getString("after_state")).contains("\"id\":" + id);
                    actions.add(rs.getString("action") + " by " + rs.getString("actor"));
                }
            }
        }
        return actions;
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection db = TestServer.database(); PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

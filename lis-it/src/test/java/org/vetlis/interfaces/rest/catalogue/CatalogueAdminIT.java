package org.vetlis.interfaces.rest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
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

/** The catalogue changed in the running lab: tests, panels, species and breeds, versioned and audited. */
@ExtendWith(ArquillianExtension.class)
class CatalogueAdminIT {

    private final ApiClient api = new ApiClient();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aLabManagerDefinesAndChangesATestWithTheVersionReadAndEveryChangeIsAudited() {
        String code = "FRU" + suffix;
        HttpResponse<String> created = api.post("manager", "/tests", test(code, 0).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.get("viewer", "/tests").body()).contains(code);
        assertThat(api.post("reception", "/tests", test("X" + suffix, 0).build()).statusCode()).isEqualTo(403);

        String etag = api.get("viewer", "/tests/" + code).headers().firstValue("ETag").orElseThrow();
        JsonObject twoDecimals = test(null, 2).add("name", "Fructosamine (2 dp)").build();
        assertThat(api.put("manager", "/tests/" + code, twoDecimals, null).statusCode()).as("no If-Match").isEqualTo(428);
        HttpResponse<String> changed = api.put("manager", "/tests/" + code, twoDecimals, etag);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).getInt("decimals")).isEqualTo(2);
        assertThat(api.put("manager", "/tests/" + code, twoDecimals, etag).statusCode()).as("stale version").isEqualTo(409);

        List<JsonObject> trail = json(api.get("manager", "/audit?entity=Test&id=" + code)).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(trail).extracting(e -> e.getString("action")).contains("CATALOGUE_ENTRY_CREATED", "CATALOGUE_ENTRY_CHANGED");
        JsonObject change = trail.stream().filter(e -> e.getString("action").equals("CATALOGUE_ENTRY_CHANGED")).findFirst().orElseThrow();
        assertThat(change.getString("before")).contains("\"decimals\":0");
        assertThat(change.getString("after")).contains("\"decimals\":2", "Fructosamine (2 dp)");
    }

    @Test
    void aRetiredSpecimenTypeIsKeptByItsTestsButNoNewTestTakesIt() {
        String type = "SWAB" + suffix;
        HttpResponse<String> created = api.post("manager", "/specimen-types", Json.createObjectBuilder().add("code", type)
                .add("name", "Ear swab").add("container", "Swab in Amies medium").add("capColour", "blue").build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String code = "CYT" + suffix;
        assertThat(api.post("manager", "/tests", test(code, 0).add("specimenType", type).build()).statusCode()).isEqualTo(201);

        String etag = created.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> retired = api.put("manager", "/specimen-types/" + type, Json.createObjectBuilder().add("name", "Ear swab")
                .add("container", "Swab in Amies medium").add("active", false).build(), etag);
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(json(retired).getBoolean("active")).isFalse();
        assertThat(json(api.get("viewer", "/tests/" + code)).getString("specimenType")).as("kept by its test").isEqualTo(type);
        HttpResponse<String> refused = api.post("manager", "/tests", test("NEW" + suffix, 0).add("specimenType", type).build());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("specimenType");
        assertThat(json(api.get("manager", "/audit?entity=SpecimenType&id=" + type)).getJsonArray("items")).hasSize(2);
    }

    @Test
    void theLabsRejectionReasonsAreReadByEveryoneAndChangedByManagersOnly() {
        List<JsonObject> reasons = Json.createReader(new StringReader(api.get("integration", "/rejection-reasons").body())).readArray()
                .getValuesAs(JsonObject.class);
        assertThat(reasons).extracting(r -> r.getString("code")).contains("HAEMOLYSED", "CLOTTED", "TOO_OLD");
        String code = "NO_FORM_" + suffix;
        assertThat(api.post("tech", "/rejection-reasons", Json.createObjectBuilder().add("code", code).add("label", "x").build())
                .statusCode()).isEqualTo(403);
        HttpResponse<String> created = api.post("manager", "/rejection-reasons", Json.createObjectBuilder().add("code", code)
                .add("label", "No request form").build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> twice = api.post("manager", "/rejection-reasons", Json.createObjectBuilder().add("code", code)
                .add("label", "Again").build());
        assertThat(twice.statusCode()).isEqualTo(409);
        HttpResponse<String> badCode = api.post("manager", "/rejection-reasons", Json.createObjectBuilder().add("code", "no form")
                .add("label", "Lower case and a space").build());
        assertThat(badCode.statusCode()).isEqualTo(422);
    }

    @Test
    void aTestWithAnUnknownSpecimenTypeIsRefusedAndNotWritten() {
        String code = "BAD" + suffix;
        HttpResponse<String> refused = api.post("manager", "/tests", test(code, 0).add("specimenType", "BLOOD_PUDDING").build());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("specimenType");
        assertThat(api.get("viewer", "/tests/" + code).statusCode()).isEqualTo(404);
    }

    @Test
    void aNewPanelCanBeOrderedAndARetiredOneCannot() {
        String code = "LIVER" + suffix;
        HttpResponse<String> created = api.post("admin", "/panels", Json.createObjectBuilder().add("code", code).add("name", "Liver")
                .add("tests", Json.createArrayBuilder().add("GGT").add("ALT").add("ALP")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).getJsonArray("tests").toString()).isEqualTo("[\"ALT\",\"ALP\",\"GGT\"]");
        long patient = aDog();
        HttpResponse<String> ordered = api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("tests", Json.createArrayBuilder().add(code)).build());
        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
        assertThat(json(ordered).getJsonArray("testRuns")).hasSize(3);

        String etag = api.get("viewer", "/panels/" + code).headers().firstValue("ETag").orElseThrow();
        assertThat(api.put("admin", "/panels/" + code, Json.createObjectBuilder().add("name", "Liver").add("active", false)
                .add("tests", Json.createArrayBuilder().add("ALT")).build(), etag).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("tests", Json.createArrayBuilder().add(code)).build());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains(code);
    }

    @Test
    void aSpeciesGetsBreedsOnceAndARetiredSpeciesIsNotGivenToNewPatients() {
        String code = "ALPACA" + suffix;
        HttpResponse<String> created = api.post("manager", "/species", Json.createObjectBuilder().add("code", code).add("name", "Alpaca")
                .add("latinName", "Vicugna pacos").build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.post("manager", "/species/" + code + "/breeds", Json.createObjectBuilder().add("name", "Huacaya").build())
                .statusCode()).isEqualTo(201);
        assertThat(api.post("manager", "/species/" + code + "/breeds", Json.createObjectBuilder().add("name", "huacaya").build())
                .statusCode()).as("the same breed twice").isEqualTo(409);
        JsonObject listed = Json.createReader(new StringReader(api.get("viewer", "/species").body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow();
        assertThat(listed.getJsonArray("breeds").getJsonObject(0).getString("name")).isEqualTo("Huacaya");
        assertThat(patientOf(code).statusCode()).isEqualTo(201);

        HttpResponse<String> retired = api.put("manager", "/species/" + code, Json.createObjectBuilder().add("name", "Alpaca")
                .add("latinName", "Vicugna pacos").add("active", false).build(), "\"" + listed.getInt("version") + "\"");
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        HttpResponse<String> refused = patientOf(code);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("retired");
    }

    private HttpResponse<String> patientOf(String species) {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Catalogue").build()))
                .getJsonNumber("id").longValue();
        return api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Pablo")
                .add("species", species).add("sex", "MALE").add("neuterStatus", "INTACT").build());
    }

    private long aDog() {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Catalogue").build()))
                .getJsonNumber("id").longValue();
        return json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Rex")
                .add("species", "DOG").add("sex", "MALE").add("neuterStatus", "INTACT").build())).getJsonNumber("id").longValue();
    }

    private static jakarta.json.JsonObjectBuilder test(String code, int decimals) {
        jakarta.json.JsonObjectBuilder body = Json.createObjectBuilder().add("name", "Fructosamine").add("section", "chemistry")
                .add("unit", "umol/L").add("resultType", "numeric").add("decimals", decimals).add("specimenType", "SERUM")
                .add("method", "NBT colorimetric");
        return code == null ? body : body.add("code", code);
    }
}

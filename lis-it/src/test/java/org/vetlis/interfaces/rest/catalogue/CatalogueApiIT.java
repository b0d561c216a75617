package org.vetlis.interfaces.rest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;

/** The seeded veterinary catalogue as integrators read it. */
@ExtendWith(ArquillianExtension.class)
class CatalogueApiIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyTestOfTheCatalogueIsListedWithUnitAndSpecimen() {
        List<JsonObject> tests = array(api.get("integration", "/tests"));

        assertThat(tests).hasSize(41);
        assertThat(tests).filteredOn(t -> t.getString("code").equals("ALT")).singleElement().satisfies(alt -> {
            assertThat(alt.getString("unit")).isEqualTo("U/L");
            assertThat(alt.getString("specimenType")).isEqualTo("SERUM");
            assertThat(alt.getString("resultType")).isEqualTo("NUMERIC");
        });
        assertThat(tests).filteredOn(t -> t.getString("code").equals("HCT")).singleElement()
                .satisfies(hct -> assertThat(hct.getString("specimenType")).isEqualTo("EDTA"));
    }

    @Test
    void panelsListTheirTestsInReportOrder() {
        List<JsonObject> panels = array(api.get("viewer", "/panels"));

        assertThat(panels).extracting(p -> p.getString("code")).containsExactly("CBC", "CHEM17", "PREOP", "SENIOR");
        JsonObject cbc = panels.get(0);
        assertThat(cbc.getJsonArray("tests").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .startsWith("WBC", "RBC", "HGB", "HCT").hasSize(13);
        assertThat(panels.get(1).getJsonArray("tests")).hasSize(17);
        assertThat(panels.get(2).getJsonArray("tests").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .as("pre-anaesthetic needs EDTA blood and serum").contains("HCT", "CREA");
    }

    private static List<JsonObject> array(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }
}

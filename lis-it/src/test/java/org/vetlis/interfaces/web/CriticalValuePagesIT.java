package org.vetlis.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Browser;
import org.vetlis.it.Deployments;

/** A critical value arrives on the dashboard by itself, and is acknowledged there with whom was told. */
@ExtendWith(ArquillianExtension.class)
class CriticalValuePagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aCriticalGlucoseShowsOnTheDashboardAtOnceAndIsAcknowledgedThere() {
        String name = "Crit" + System.nanoTime() % 100_000;
        try (Browser pathologist = new Browser()) {
            pathologist.signIn("pathologist");
            pathologist.waitForText(By.id("liveState"), "live"); // the page listens before anything changes

            long run = criticalGlucoseFor(new ApiClient(), name);

            By row = By.xpath("//tbody[@id='critical:alerts_data']/tr[contains(., '" + name + "')]");
            pathologist.waitFor(d -> !d.findElements(row).isEmpty());
            WebElement alert = pathologist.find(row);
            assertThat(alert.getText()).contains("GLU", "1.9 mmol/L", "LL");
            pathologist.screenshot("home-critical-value", row);
            alert.findElement(By.cssSelector("input[id$=':notified']")).sendKeys("Dr. Weber, Tierklinik Nord, by phone");
            pathologist.click(By.xpath("//tbody[@id='critical:alerts_data']/tr[contains(., '" + name + "')]//button"));
            pathologist.waitForText(By.id("critical:messages"), "told Dr. Weber, Tierklinik Nord, by phone");
            assertThat(pathologist.driver().findElements(row)).as("no longer waiting").isEmpty();
            assertThat(new ApiClient().post("pathologist", "/test-runs/" + run + "/verify", Json.createObjectBuilder().build())
                    .statusCode()).as("now it may be verified").isEqualTo(200);
        }
    }

    /** A dog named {@code name} with a glucose of 1.9 mmol/L typed at the bench: its test run's id. */
    private static long criticalGlucoseFor(ApiClient api, String name) {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Critical").build()))
                .getJsonNumber("id").longValue();
        long patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", name)
                .add("species", "DOG").add("sex", "MALE").add("neuterStatus", "INTACT")
                .add("dateOfBirth", LocalDate.now().minusYears(6).toString()).build())).getJsonNumber("id").longValue();
        JsonObject order = json(api.post("integration", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("urgency", "STAT").add("tests", Json.createArrayBuilder().add("GLU")).build()));
        api.post("tech", "/specimens/" + order.getJsonArray("specimens").getJsonObject(0).getString("accession") + "/receive",
                Json.createObjectBuilder().build());
        long run = order.getJsonArray("testRuns").getJsonObject(0).getJsonNumber("id").longValue();
        api.post("tech", "/test-runs/" + run + "/result", Json.createObjectBuilder().add("value", "1.9").build());
        return run;
    }
}

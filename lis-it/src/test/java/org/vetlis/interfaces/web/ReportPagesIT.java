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
import org.vetlis.it.ApiClient;
import org.vetlis.it.Browser;
import org.vetlis.it.Deployments;

/** A verifier releases a report from the order page, previews the PDF and amends a released result with its reason. */
@ExtendWith(ArquillianExtension.class)
class ReportPagesIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aReportIsReleasedPreviewedAndAnAmendedResultShowsItsVersion() {
        long orderId = verifiedOrder("Pepper");
        try (Browser viewer = new Browser()) {
            viewer.signIn("viewer").open("/lis/app/orders/order.xhtml?id=" + orderId);
            viewer.waitForText(By.id("order:status"), "VERIFIED");
            assertThat(viewer.driver().findElements(By.id("order:release"))).as("a viewer releases nothing").isEmpty();
            assertThat(viewer.driver().findElements(By.cssSelector("button[id$=':amend']"))).isEmpty();
        }
        try (Browser pathologist = new Browser()) {
            pathologist.signIn("pathologist").open("/lis/app/orders/order.xhtml?id=" + orderId);
            assertThat(fetch(pathologist, "order:report")).as("the preview, under the session").isEqualTo("200 application/pdf");

            pathologist.click(By.id("order:release"));
            pathologist.waitForText(By.id("order:status"), "REPORTED");
            pathologist.waitForText(By.id("order:messages"), "The report was released");
            assertThat(pathologist.find(By.id("order:report")).getText()).isEqualTo("Report (PDF)");

            By altRow = By.xpath("//tbody[@id='order:runs_data']/tr[contains(., 'ALT')]");
            pathologist.click(By.xpath("//tbody[@id='order:runs_data']/tr[contains(., 'ALT')]//button[contains(@id, ':amend')]"));
            pathologist.type(By.id("order:amendedValue"), "150");
            pathologist.click(By.id("order:saveAmendment"));
            pathologist.waitForText(By.id("order:messages"), "reason");
            pathologist.type(By.id("order:amendedValue"), "150");
            pathologist.type(By.id("order:amendReason"), "Transcription error: the printout reads 150");
            pathologist.click(By.id("order:saveAmendment"));
            pathologist.waitForText(By.id("order:messages"), "ALT amended to 150 (version 2)");
            assertThat(pathologist.find(altRow).getText()).contains("150", "v2", "v1: 50 U/L (pathologist)", "H");
            pathologist.screenshot("order-amended", altRow);
            assertThat(fetch(pathologist, "order:report")).isEqualTo("200 application/pdf");
        }
        assertThat(json(api.get("viewer", "/orders/" + orderId)).getString("status")).isEqualTo("REPORTED");
        assertThat(api.get("viewer", "/orders/" + orderId + "/reports").body()).contains("\"kind\":\"FINAL\"", "\"kind\":\"AMENDED\"");
    }

    @Test
    void theDashboardDrawsTodaysTurnaroundByTest() {
        verifiedOrder("Clover");
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            assertThat(manager.find(By.cssSelector("#turnaround canvas, [id$='tatByTest'] canvas")).isDisplayed()).isTrue();
            String config = (String) ((org.openqa.selenium.JavascriptExecutor) manager.driver()).executeScript(
                    "var c = Chart.getChart(document.querySelector('[id$=\"tatByTest\"] canvas'));"
                            + " return c ? JSON.stringify(c.data.labels) : null;");
            assertThat(config).as("the verified tests of today are bars").contains("ALT", "GLU");
        }
    }

    /** Status and type of the PDF behind a link, fetched by the page itself (with its session cookie). */
    private static String fetch(Browser browser, String linkId) {
        Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " fetch(document.getElementById(arguments[0]).href).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                linkId);
        return String.valueOf(answer);
    }

    /** A dog's ALT 50 and GLU 5.2, entered by a technician and verified by the pathologist: the order's id. */
    private long verifiedOrder(String name) {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Report").build()))
                .getJsonNumber("id").longValue();
        long dog = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", name)
                .add("species", "DOG").add("sex", "MALE").add("neuterStatus", "NEUTERED")
                .add("dateOfBirth", LocalDate.now().minusYears(3).toString()).build())).getJsonNumber("id").longValue();
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", dog)
                .add("tests", Json.createArrayBuilder().add("ALT").add("GLU")).build()));
        api.post("tech", "/specimens/" + order.getJsonArray("specimens").getJsonObject(0).getString("accession") + "/receive",
                Json.createObjectBuilder().build());
        for (JsonObject run : order.getJsonArray("testRuns").getValuesAs(JsonObject.class)) {
            long id = run.getJsonNumber("id").longValue();
            api.post("tech", "/test-runs/" + id + "/result", Json.createObjectBuilder().add("value", run.getString("test").equals("ALT") ? "50" : "5.2")
                    .build());
            assertThat(api.post("pathologist", "/test-runs/" + id + "/verify", Json.createObjectBuilder().build()).statusCode()).isEqualTo(200);
        }
        return order.getJsonNumber("id").longValue();
    }
}

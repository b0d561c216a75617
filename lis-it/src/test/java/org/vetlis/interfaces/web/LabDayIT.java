package org.vetlis.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vetlis.it.ApiClient.json;

import java.util.List;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Browser;
import org.vetlis.it.Deployments;

/**
 * A day at the lab in a real browser (Debian's Chromium, headless): reception registers an owner and a dog and
 * orders a blood count; the technician scans the tube, receives it and types the results down the grid; the
 * pathologist verifies them. And what must not happen: reception opening the bench or the administration, a
 * verifier verifying a result they entered themselves, a name running as script.
 */
@ExtendWith(ArquillianExtension.class)
class LabDayIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void receptionOrdersTheTechnicianReceivesAndResultsAndThePathologistVerifies() {
        Placed placed;
        try (Browser reception = new Browser()) {
            placed = order(reception.signIn("reception"), "Rex", "CBC");
            assertThat(placed.barcodes()).hasSize(1);
            Object width = ((JavascriptExecutor) reception.driver()).executeScript(
                    "return document.querySelector('img.vl-barcode').naturalWidth");
            assertThat(((Number) width).intValue()).as("the barcode image was drawn").isPositive();
            reception.screenshot("reception-order-placed", By.id("reception:placed"));
        }

        try (Browser tech = new Browser()) {
            tech.signIn("tech").open("/lis/app/lab/specimen.xhtml");
            tech.type(By.id("scan:barcode"), placed.barcodes().get(0) + Keys.ENTER); // as a scanner types it
            tech.waitForText(By.id("tube:status"), "EXPECTED");
            tech.click(By.id("tube:receive"));
            tech.waitForText(By.id("tube:status"), "RECEIVED");
            List<WebElement> fields = tech.driver().findElements(By.cssSelector("input.vl-result"));
            assertThat(fields).as("one field per test of the blood count").hasSize(13);
            fields.get(0).click();
            for (int i = 0; i < fields.size(); i++) {
                // Enter moves down the grid; the last one saves
                tech.driver().switchTo().activeElement().sendKeys(String.valueOf(5 + i) + Keys.ENTER);
            }
            tech.waitForText(By.id("scan:messages"), "13 result(s) entered");
            assertThat(tech.driver().findElements(By.cssSelector("input.vl-result"))).as("nothing left to type").isEmpty();
            tech.screenshot("specimen-results-entered");
        }

        try (Browser pathologist = new Browser()) {
            pathologist.signIn("pathologist").open("/lis/app/orders/order.xhtml?id=" + placed.orderId());
            pathologist.waitForText(By.id("order:status"), "RESULTED");
            pathologist.click(By.id("order:verifyAll"));
            pathologist.waitForText(By.id("order:status"), "VERIFIED");
            assertThat(pathologist.find(By.id("order:runs")).getText()).contains("WBC", "5.0", "pathologist");
            pathologist.screenshot("order-verified");

            pathologist.click(By.id("order:patient"));
            pathologist.waitForText(By.id("cumulative"), "WBC");
            assertThat(pathologist.find(By.id("patient:species")).getText()).isEqualTo("Dog");
            assertThat(pathologist.find(By.id("cumulative")).getText()).as("the results over time").contains("WBC", "5.00");
            pathologist.screenshot("patient");
        }
    }

    @Test
    void theDashboardRedrawsItselfWhenAnOrderArrivesFromElsewhere() {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            String before = manager.find(By.id("ordersToday")).getText();
            manager.waitForText(By.id("liveState"), "live"); // the page listens before anything changes

            ApiClient api = new ApiClient();
            long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Live").build()))
                    .getJsonNumber("id").longValue();
            long patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Nala")
                    .add("species", "CAT").add("sex", "FEMALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
            api.post("integration", "/orders", Json.createObjectBuilder().add("patientId", patient).add("urgency", "STAT")
                    .add("tests", Json.createArrayBuilder().add("GLU")).build());

            manager.waitFor(d -> Long.parseLong(d.findElement(By.id("ordersToday")).getText()) == Long.parseLong(before) + 1);
            assertThat(manager.find(By.id("stat")).getText()).as("STAT first").contains("Nala");
            manager.screenshot("home-dashboard");
        }
    }

    @Test
    void theWorklistPutsStatFirstAndTakesAResultTypedInARow() throws InterruptedException {
        ApiClient api = new ApiClient();
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Worklist").build()))
                .getJsonNumber("id").longValue();
        long patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Milo")
                .add("species", "DOG").add("sex", "MALE").add("neuterStatus", "INTACT").build())).getJsonNumber("id").longValue();
        jakarta.json.JsonObject order = json(api.post("integration", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("urgency", "STAT").add("tests", Json.createArrayBuilder().add("CREA")).build()));
        String tube = order.getJsonArray("specimens").getJsonObject(0).getString("accession");
        api.post("tech", "/specimens/" + tube + "/receive", Json.createObjectBuilder().build());

        try (Browser tech = new Browser()) {
            tech.signIn("tech").open("/lis/app/lab/worklist.xhtml");
            tech.type(By.id("worklist:test"), "CREA");
            Thread.sleep(600); // past the filter's keyup delay (400 ms): its redraw must not wipe what is typed next
            tech.waitForAjax();
            tech.waitFor(d -> d.findElement(By.id("worklist:runs")).getText().contains(tube));
            WebElement first = tech.find(By.cssSelector("#worklist\\:runs_data tr:first-child"));
            assertThat(first.getText()).as("STAT first").startsWith("STAT");
            WebElement row = tech.find(By.xpath("//tbody[@id='worklist:runs_data']/tr[contains(., '" + tube + "')]"));
            row.findElement(By.cssSelector("input.vl-result")).sendKeys("88");
            tech.click(By.id("worklist:saveResults"));
            tech.waitForText(By.id("worklist:messages"), "1 result(s) entered");
            tech.screenshot("worklist");
        }
        assertThat(json(api.get("viewer", "/orders/" + order.getJsonNumber("id"))).getJsonArray("testRuns").getJsonObject(0)
                .getString("status")).isEqualTo("RESULTED");
    }

    @Test
    void theVerifierReadsEachResultBesideTheAnimalsPreviousOneAndVerifiesTheOnesChosen() {
        ApiClient api = new ApiClient();
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Cumulative").build()))
                .getJsonNumber("id").longValue();
        long patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Otis")
                .add("species", "DOG").add("sex", "MALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
        jakarta.json.JsonObject last = resulted(api, patient, "GLU", "5.5");
        api.post("pathologist", "/test-runs/" + last.getJsonArray("testRuns").getJsonObject(0).getJsonNumber("id") + "/verify",
                Json.createObjectBuilder().build());
        jakarta.json.JsonObject now = resulted(api, patient, "GLU", "7.9", "CREA", "88");

        try (Browser pathologist = new Browser()) {
            pathologist.signIn("pathologist").open("/lis/app/orders/order.xhtml?id=" + now.getJsonNumber("id"));
            By glucose = By.xpath("//tbody[@id='order:runs_data']/tr[contains(., 'GLU')]");
            assertThat(pathologist.find(glucose).getText()).as("7.9 now, 5.5 last time").contains("7.9", "5.5");
            pathologist.find(glucose).findElement(By.cssSelector(".ui-chkbox-box")).click();
            pathologist.click(By.id("order:verifySelected"));
            pathologist.waitForText(By.id("order:messages"), "1 result(s) verified");
            pathologist.screenshot("order-previous-results");
        }
        jakarta.json.JsonArray runs = json(api.get("viewer", "/orders/" + now.getJsonNumber("id"))).getJsonArray("testRuns");
        assertThat(runs.getValuesAs(jakarta.json.JsonObject.class)).extracting(r -> r.getString("test") + " " + r.getString("status"))
                .containsExactlyInAnyOrder("GLU VERIFIED", "CREA RESULTED");
    }

    /** An order of the tests named, its tube received and a result entered by the technician for each: test, value, … */
    private static jakarta.json.JsonObject resulted(ApiClient api, long patient, String... testsAndValues) {
        var tests = Json.createArrayBuilder();
        for (int i = 0; i < testsAndValues.length; i += 2) {
            tests.add(testsAndValues[i]);
        }
        jakarta.json.JsonObject order = json(api.post("integration", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("tests", tests).build()));
        for (jakarta.json.JsonObject tube : order.getJsonArray("specimens").getValuesAs(jakarta.json.JsonObject.class)) {
            api.post("tech", "/specimens/" + tube.getString("accession") + "/receive", Json.createObjectBuilder().build());
        }
        for (jakarta.json.JsonObject run : order.getJsonArray("testRuns").getValuesAs(jakarta.json.JsonObject.class)) {
            for (int i = 0; i < testsAndValues.length; i += 2) {
                if (run.getString("test").equals(testsAndValues[i])) {
                    api.post("tech", "/test-runs/" + run.getJsonNumber("id") + "/result",
                            Json.createObjectBuilder().add("value", testsAndValues[i + 1]).build());
                }
            }
        }
        return order;
    }

    @Test
    void receptionIsRefusedTheBenchAndTheAdministrationByTheServer() {
        try (Browser reception = new Browser()) {
            reception.signIn("reception");
            assertThat(reception.driver().findElements(By.id("navSpecimens"))).as("not offered").isEmpty();

            for (String page : List.of("/lis/app/admin/users.xhtml", "/lis/app/lab/specimen.xhtml")) {
                reception.open(page);
                assertThat(reception.find(By.id("problem")).getText()).as(page).isEqualTo("You are not allowed to open this page");
                assertThat(reception.pageSource()).as("no stack trace, nothing of the page").doesNotContain(".java:", "Caused by", "tube:", "users:");
            }
        }
    }

    @Test
    void withFourEyesAVerifierCannotVerifyAResultTheyEnteredThemselves() {
        Placed placed;
        try (Browser reception = new Browser()) {
            placed = order(reception.signIn("reception"), "Bella", "GLU");
        }
        try (Browser pathologist = new Browser()) {
            pathologist.signIn("pathologist").open("/lis/app/lab/specimen.xhtml");
            pathologist.type(By.id("scan:barcode"), placed.barcodes().get(0) + Keys.ENTER);
            pathologist.click(By.id("tube:receive"));
            pathologist.waitForText(By.id("tube:status"), "RECEIVED");
            pathologist.type(By.cssSelector("input.vl-result"), "5.5" + Keys.ENTER);
            pathologist.waitForText(By.id("scan:messages"), "1 result(s) entered");

            pathologist.open("/lis/app/orders/order.xhtml?id=" + placed.orderId());
            pathologist.click(By.id("order:verifyAll"));
            pathologist.waitForText(By.id("order:messages"), "pathologist");
            assertThat(pathologist.find(By.id("order:status")).getText()).isEqualTo("RESULTED");
            pathologist.screenshot("four-eyes-refused");
        }
    }

    @Test
    void aNameThatLooksLikeScriptIsShownAsTextOnEveryPageThatShowsIt() {
        String script = "<script>alert(1)</script>";
        Placed placed;
        try (Browser reception = new Browser()) {
            placed = order(reception.signIn("reception"), script, "GLU");
            assertShownAsText(reception, script);

            reception.open("/lis/app/orders/order.xhtml?id=" + placed.orderId());
            reception.waitForText(By.id("order:patient"), script);
            assertShownAsText(reception, script);

            reception.click(By.id("order:patient"));
            reception.waitForText(By.id("patient:name"), script);
            assertShownAsText(reception, script);
        }
        try (Browser tech = new Browser()) {
            tech.signIn("tech").open("/lis/app/lab/specimen.xhtml");
            tech.type(By.id("scan:barcode"), placed.barcodes().get(0) + Keys.ENTER);
            tech.waitForText(By.id("tube:patient"), script);
            assertShownAsText(tech, script);
        }
    }

    private static void assertShownAsText(Browser browser, String script) {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.pageSource()).doesNotContain(script).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    /** Registers an owner and a dog named {@code animal} and orders {@code test} for it, on the reception page. */
    private static Placed order(Browser reception, String animal, String test) {
        reception.open("/lis/app/reception/order.xhtml");
        String owner = "Browser" + System.nanoTime() % 1_000_000;
        reception.type(By.id("reception:lastName"), owner);
        reception.type(By.id("reception:phone"), "0113 496 0000");
        reception.click(By.id("reception:registerOwner"));
        reception.waitForText(By.id("reception:ownerName"), owner);
        reception.type(By.id("reception:animalName"), animal);
        reception.click(By.id("reception:registerAnimal"));
        reception.waitForText(By.id("reception:patientName"), animal);
        reception.type(By.cssSelector("#reception\\:tests input[type=text]"), test);
        reception.click(By.cssSelector("li.ui-autocomplete-item[data-item-value='" + test + "']"));
        reception.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reception\\:tests li.ui-autocomplete-token")));
        reception.click(By.id("reception:placeOrder"));
        reception.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".vl-accession")));
        List<String> barcodes = reception.driver().findElements(By.cssSelector(".vl-accession")).stream().map(WebElement::getText).toList();
        long orderId = Long.parseLong(reception.find(By.id("reception:placedOrder")).getText());
        return new Placed(orderId, barcodes);
    }

    private record Placed(long orderId, List<String> barcodes) {
    }
}

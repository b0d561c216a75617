package org.vetlis.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Browser;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestPrinter;

/** Reception prints an order's labels at its workstation; the browser remembers the workstation for the next order. */
@ExtendWith(ArquillianExtension.class)
class LabelPagesIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void labelsArePrintedAtTheChosenWorkstationWhichTheBrowserRemembers() throws Exception {
        try (TestPrinter printer = new TestPrinter(0)) {
            assertThat(api.post("manager", "/printers/DESK-ZEBRA", Json.createObjectBuilder().add("name", "Zebra at the desk")
                    .add("host", "127.0.0.1").add("port", printer.port()).build()).statusCode()).isEqualTo(201);
            assertThat(api.post("manager", "/workstations/FRONT-DESK", Json.createObjectBuilder().add("name", "Front desk")
                    .add("printer", "DESK-ZEBRA").build()).statusCode()).isEqualTo(201);
            JsonObject first = order("Biscotti");
            JsonObject second = order("Nutmeg");

            try (Browser reception = new Browser()) {
                reception.signIn("reception").open("/lis/app/orders/order.xhtml?id=" + first.getJsonNumber("id"));
                new Select(reception.driver().findElement(By.id("order:workstation_input"))).selectByValue("FRONT-DESK");
                reception.click(By.id("order:printLabels"));
                reception.waitForText(By.id("order:messages"), "1 label(s) queued for printer DESK-ZEBRA");
                String accession = first.getJsonArray("specimens").getJsonObject(0).getString("accession");
                assertThat(printer.next()).startsWith("^XA").contains("^FD" + accession + "^FS", "Biscotti (Dog)");

                reception.open("/lis/app/orders/order.xhtml?id=" + second.getJsonNumber("id"));
                assertThat(new Select(reception.driver().findElement(By.id("order:workstation_input"))).getFirstSelectedOption()
                        .getAttribute("value")).as("remembered by this browser").isEqualTo("FRONT-DESK");
                reception.click(By.id("order:printLabels"));
                reception.waitForText(By.id("order:messages"), "queued for printer DESK-ZEBRA");
                assertThat(printer.next()).contains("Nutmeg (Dog)");
                // the job is marked sent right after the printer took it: the page read again shows it
                reception.waitFor(d -> {
                    d.navigate().refresh();
                    return d.findElement(By.id("order:labelJobs")).getText().contains("SENT");
                });
                reception.screenshot("order-labels", By.id("order:labels"));
            }
        }
    }

    @Test
    void aPrinterAndAWorkstationSetUpOnTheirPagePrintAnOrderAsReceptionSavesIt() throws Exception {
        try (TestPrinter printer = new TestPrinter(0)) {
            try (Browser manager = new Browser()) {
                manager.signIn("manager").open("/lis/app/catalogue/printers.xhtml");
                manager.type(By.id("printers:code"), "PAGE-ZEBRA");
                manager.type(By.id("printers:name"), "Zebra at the front desk");
                manager.type(By.id("printers:host"), "127.0.0.1");
                ((JavascriptExecutor) manager.driver()).executeScript("PrimeFaces.widgets['widget_printers_port'].setValue(arguments[0]);",
                        printer.port());
                manager.click(By.id("printers:save"));
                manager.waitForText(By.id("printers:messages"), "Printer PAGE-ZEBRA saved");
                assertThat(manager.find(By.id("printers:list")).getText()).contains("127.0.0.1:" + printer.port(), "50 × 25 mm, 203 dpi");

                manager.type(By.id("workstations:code"), "PAGE-DESK");
                manager.type(By.id("workstations:name"), "Front desk, prints on save");
                new Select(manager.driver().findElement(By.id("workstations:printer_input"))).selectByValue("PAGE-ZEBRA");
                manager.click(By.cssSelector("#workstations\\:printOnOrder .ui-chkbox-box"));
                manager.click(By.id("workstations:save"));
                manager.waitForText(By.id("workstations:messages"), "Workstation PAGE-DESK saved");
                assertThat(manager.find(By.id("workstations:list")).getText()).contains("PAGE-DESK", "PAGE-ZEBRA", "yes");
                manager.screenshot("printers-page");
            }
            assertThat(api.get("tech", "/workstations").body()).contains("\"code\":\"PAGE-DESK\"", "\"printOnOrder\":true");

            try (Browser reception = new Browser()) {
                reception.signIn("reception").open("/lis/app/reception/order.xhtml");
                reception.driver().manage().addCookie(new Cookie("vetlis-workstation", "PAGE-DESK", "/lis"));
                reception.open("/lis/app/reception/order.xhtml");
                reception.type(By.id("reception:lastName"), "Saveprint");
                reception.click(By.id("reception:registerOwner"));
                reception.waitForText(By.id("reception:ownerName"), "Saveprint");
                reception.type(By.id("reception:animalName"), "Marzipan");
                reception.click(By.id("reception:registerAnimal"));
                reception.waitForText(By.id("reception:patientName"), "Marzipan");
                reception.type(By.cssSelector("#reception\\:tests input[type=text]"), "GLU");
                reception.click(By.cssSelector("li.ui-autocomplete-item[data-item-value='GLU']"));
                reception.click(By.id("reception:placeOrder"));
                reception.waitForText(By.id("reception:messages"), "1 label(s) sent to printer PAGE-ZEBRA of workstation PAGE-DESK");
                String accession = reception.find(By.cssSelector(".vl-accession")).getText();
                assertThat(printer.next()).contains("^FD" + accession + "^FS", "Marzipan (");
            }
        }
    }

    /** A dog's glucose: one serum tube. */
    private JsonObject order(String name) {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Labels").build()))
                .getJsonNumber("id").longValue();
        long dog = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", name)
                .add("species", "DOG").add("sex", "FEMALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
        return json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", dog)
                .add("tests", Json.createArrayBuilder().add("GLU")).build()));
    }
}

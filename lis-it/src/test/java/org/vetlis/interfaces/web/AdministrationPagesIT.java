package org.vetlis.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Browser;
import org.vetlis.it.Deployments;

/**
 * The administration in a real browser: an administrator opens an account and its person signs in with it; a lab
 * manager adds a breed that reception then picks, and a rejection reason the bench then rejects a tube for, and
 * retires it again. What reception may not open, it is refused by the server.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdministratorOpensAnAccountAndThePersonSignsInWithIt() {
        String username = "nurse" + System.nanoTime() % 1_000_000;
        String password = "first-password-" + System.nanoTime() % 1000;
        try (Browser admin = new Browser()) {
            admin.signIn("admin").click(By.id("navUsers")); // a protected view: opened from the menu, never by a bare URL
            admin.click(By.id("list:add"));
            admin.type(By.id("editor:username"), username);
            admin.type(By.id("editor:displayName"), "Night Nurse");
            admin.click(By.xpath("//*[@id='editor:roles']//label[normalize-space()='TECHNICIAN']"));
            admin.type(By.id("editor:password"), "short");
            admin.click(By.id("editor:save"));
            admin.waitForText(By.id("editor:messages"), "password");
            assertThat(admin.find(By.id("editor:displayName")).getAttribute("value")).as("kept as typed").isEqualTo("Night Nurse");

            admin.type(By.id("editor:password"), password);
            admin.click(By.id("editor:save"));
            admin.waitForText(By.id("editor:messages"), "User " + username + " created");
            admin.waitForText(By.id("list:users"), username);
            admin.screenshot("users");
        }
        try (Browser nurse = new Browser()) {
            nurse.signIn(username, password);
            assertThat(nurse.find(By.id("navWorklist")).isDisplayed()).isTrue();
            assertThat(nurse.driver().findElements(By.id("navUsers"))).as("a technician is offered no administration").isEmpty();
        }
        JsonObject account = json(new ApiClient().get("admin", "/users/" + username));
        assertThat(account.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("TECHNICIAN");
    }

    @Test
    void aBreedAddedInTheCatalogueIsPickedAtReception() {
        String breed = "Lagotto Romagnolo " + System.nanoTime() % 100_000;
        try (Browser manager = new Browser()) {
            manager.signIn("manager").open("/lis/app/catalogue/species.xhtml");
            manager.click(By.xpath("//tbody[@id='species:list_data']/tr[td[1][normalize-space()='DOG']]//button[contains(., 'Edit')]"));
            manager.type(By.id("editor:breedName"), breed);
            manager.click(By.id("editor:saveBreed"));
            manager.waitForText(By.id("editor:messages"), "Breed " + breed + " saved");
            assertThat(manager.find(By.id("editor:breeds")).getText()).contains(breed);
            manager.screenshot("catalogue-species");
        }
        String owner = "Breeder" + System.nanoTime() % 1_000_000;
        try (Browser reception = new Browser()) {
            reception.signIn("reception").open("/lis/app/reception/order.xhtml");
            reception.type(By.id("reception:lastName"), owner);
            reception.click(By.id("reception:registerOwner"));
            reception.waitForText(By.id("reception:ownerName"), owner);
            reception.type(By.id("reception:animalName"), "Truffle");
            reception.type(By.id("reception:breed_input"), breed.substring(0, 12));
            reception.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and normalize-space()='" + breed + "']"));
            reception.click(By.id("reception:registerAnimal"));
            reception.waitForText(By.id("reception:patientName"), "Truffle");
        }
        JsonObject truffle = json(new ApiClient().get("reception", "/patients?owner=" + owner)).getJsonArray("items").getJsonObject(0);
        assertThat(truffle.getString("breed")).isEqualTo(breed);
        assertThat(truffle.isNull("breedId")).as("the catalogue's breed, not free text").isFalse();
    }

    @Test
    void aRejectionReasonAddedInTheCatalogueRejectsATubeUntilItIsRetired() {
        String code = "NO_FORM_" + System.nanoTime() % 100_000;
        try (Browser manager = new Browser()) {
            manager.signIn("manager").open("/lis/app/catalogue/specimens.xhtml");
            manager.type(By.id("reasons:code"), code);
            manager.type(By.id("reasons:label"), "No request form");
            manager.click(By.id("reasons:save"));
            manager.waitForText(By.id("reasons:messages"), "Rejection reason " + code + " saved");
            assertThat(manager.find(By.id("reasons:list")).getText()).contains(code, "No request form");
            manager.screenshot("catalogue-specimens");
        }

        ApiClient api = new ApiClient();
        String tube = tubeOrderedFor(api, "GLU");
        try (Browser tech = new Browser()) {
            tech.signIn("tech").open("/lis/app/lab/specimen.xhtml");
            tech.type(By.id("scan:barcode"), tube + Keys.ENTER);
            tech.waitForText(By.id("tube:status"), "EXPECTED");
            new Select(tech.driver().findElement(By.id("tube:rejectReason_input"))).selectByValue(code);
            tech.click(By.id("tube:reject"));
            tech.waitForText(By.id("tube:status"), "REJECTED");
        }
        assertThat(json(api.get("viewer", "/specimens/" + tube)).getString("rejectReason")).isEqualTo(code);

        try (Browser manager = new Browser()) {
            manager.signIn("manager").open("/lis/app/catalogue/specimens.xhtml");
            manager.click(By.xpath("//tbody[@id='reasons:list_data']/tr[td[1][normalize-space()='" + code + "']]//button"));
            manager.waitFor(ExpectedConditions.attributeToBe(By.id("reasons:label"), "value", "No request form"));
            manager.click(By.cssSelector("#reasons\\:active .ui-chkbox-box"));
            manager.click(By.id("reasons:save"));
            manager.waitForText(By.id("reasons:messages"), "saved");
        }
        String another = tubeOrderedFor(api, "GLU");
        var refused = api.post("tech", "/specimens/" + another + "/reject", Json.createObjectBuilder().add("reason", code).build());
        assertThat(refused.statusCode()).as("a retired reason rejects nothing").isEqualTo(422);
        assertThat(json(api.get("viewer", "/specimens/" + tube)).getString("rejectReason")).as("the tube keeps its reason").isEqualTo(code);
    }

    @Test
    void aLabManagerSwitchesATestsAutoverificationOnAndOffOnTheTestsPage() {
        ApiClient api = new ApiClient();
        By row = By.xpath("//tbody[@id='tests:list_data']/tr[td[1][normalize-space()='MCH']]");
        try (Browser manager = new Browser()) {
            manager.signIn("manager").open("/lis/app/catalogue/tests.xhtml");
            assertThat(manager.find(row).getText()).contains("off", "Turn on");
            manager.click(By.xpath("//tbody[@id='tests:list_data']/tr[td[1][normalize-space()='MCH']]//button[contains(@id, ':autoverify')]"));
            manager.waitForText(By.id("tests:messages"), "Autoverification of MCH is on: rule MCH v");
            assertThat(manager.find(row).getText()).contains("on (rule MCH v", "Turn off");
            assertThat(api.get("manager", "/autoverification-rules").body()).contains("\"test\":\"MCH\"").contains("\"enabled\":true");

            manager.click(By.xpath("//tbody[@id='tests:list_data']/tr[td[1][normalize-space()='MCH']]//button[contains(@id, ':autoverify')]"));
            manager.waitForText(By.id("tests:messages"), "Autoverification of MCH is off");
            assertThat(manager.find(row).getText()).contains("off", "Turn on");
        }
        assertThat(json(api.get("admin", "/audit?entity=AutoverificationRule&id=MCH")).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsOnly("AUTOVERIFICATION_RULE_CHANGED").hasSize(2);
    }

    @Test
    void receptionIsRefusedTheCatalogueAndTheAccountsByTheServer() {
        try (Browser reception = new Browser()) {
            reception.signIn("reception");
            assertThat(reception.driver().findElements(By.id("navCatalogue"))).as("not offered").isEmpty();
            for (String page : List.of("/lis/app/catalogue/tests.xhtml", "/lis/app/catalogue/specimens.xhtml", "/lis/app/admin/users.xhtml")) {
                reception.open(page);
                assertThat(reception.find(By.id("problem")).getText()).as(page).isEqualTo("You are not allowed to open this page");
            }
        }
    }

    /** An order for one test placed over the API; the barcode of its tube. */
    private static String tubeOrderedFor(ApiClient api, String test) {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Reject").build()))
                .getJsonNumber("id").longValue();
        long patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Pip")
                .add("species", "CAT").add("sex", "MALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
        JsonObject order = json(api.post("integration", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("tests", Json.createArrayBuilder().add(test)).build()));
        return order.getJsonArray("specimens").getJsonObject(0).getString("accession");
    }
}

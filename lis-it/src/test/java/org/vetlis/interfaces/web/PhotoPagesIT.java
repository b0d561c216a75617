package org.vetlis.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.array;
import static org.vetlis.it.ApiClient.json;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Browser;
import org.vetlis.it.Deployments;
import org.vetlis.lab.domain.media.SamplePhotos;

/** Reception photographs an animal on its page: the photo is chosen, previewed, uploaded and shown as its primary one. */
@ExtendWith(ArquillianExtension.class)
class PhotoPagesIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aPhotoUploadedOnThePatientPageIsShownThere() throws Exception {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Lens").build()))
                .getJsonNumber("id").longValue();
        long patient = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Shutter")
                .add("species", "DOG").add("sex", "FEMALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
        Path photo = Files.createTempFile("shutter-", ".jpg");
        Files.write(photo, SamplePhotos.withExif(SamplePhotos.jpeg(960, 640), 1, ByteOrder.LITTLE_ENDIAN));

        try (Browser reception = new Browser()) {
            reception.signIn("reception").open("/lis/app/patients/patient.xhtml?id=" + patient);
            reception.waitForText(By.id("patient:photos"), "No photo yet");
            reception.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return !!(window.PrimeFaces && PrimeFaces.widgets['widget_patient_photoUpload']);"));
            // the file input sits hidden under the "Choose photo" button, as browsers draw it
            reception.driver().findElement(By.cssSelector("input[type='file'][id$='photoUpload_input']")).sendKeys(photo.toString());
            reception.waitFor(d -> d.findElement(By.cssSelector("[id$='photoUpload'] .ui-fileupload-row")).isDisplayed());
            reception.click(By.cssSelector("[id$='photoUpload'] .ui-fileupload-upload"));
            reception.waitForText(By.id("patient:messages"), "Photo added as the animal's primary photo");
            By thumbnail = By.cssSelector("#patient\\:photos img.vl-photo-thumb");
            reception.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "var i = document.querySelector('#patient\\\\:photos img.vl-photo-thumb'); return i != null && i.complete && i.naturalWidth > 0;"));
            Long width = (Long) ((JavascriptExecutor) reception.driver()).executeScript(
                    "return document.querySelector('#patient\\\\:photos img.vl-photo-thumb').naturalWidth;");
            assertThat(width).as("the thumbnail, drawn from what was stored").isEqualTo(240L);
            assertThat(reception.find(By.id("patient:photos")).getText()).contains("Primary", "reception");
            reception.screenshot("patient-photos", By.id("patient:photoPanel"));
            assertThat(reception.find(thumbnail).isDisplayed()).isTrue();
        } finally {
            Files.deleteIfExists(photo);
        }

        JsonObject stored = array(api.get("viewer", "/patients/" + patient + "/photos")).getJsonObject(0);
        assertThat(stored.getString("addedBy")).isEqualTo("reception");
        try (Browser viewer = new Browser()) {
            viewer.signIn("viewer").open("/lis/app/patients/patient.xhtml?id=" + patient);
            viewer.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "var i = document.querySelector('#patient\\\\:photos img.vl-photo-thumb'); return i != null && i.complete && i.naturalWidth > 0;"));
            assertThat(viewer.driver().findElements(By.cssSelector("input[type='file']"))).as("a viewer adds no photo").isEmpty();
            assertThat(viewer.driver().findElements(By.linkText("Remove"))).isEmpty();
        }
    }
}

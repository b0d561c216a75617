package org.vetlis.interfaces.rest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.array;
import static org.vetlis.it.ApiClient.json;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;

/**
 * A report from preliminary to final to amended: the PDF opened and read as a veterinarian would, a released result
 * amended with its reason, the earlier version kept, the report issued again and the practice system told.
 */
@ExtendWith(ArquillianExtension.class)
class AmendedReportIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAmendedResultGetsVersionTwoTheReportIsIssuedAgainMarkedAmendedAndTheIntegratorHearsOfIt() throws Exception {
        long patient = dog("Biscuit");
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", patient)
                .add("tests", Json.createArrayBuilder().add("ALT").add("GLU").add("HCT")).build()));
        long orderId = order.getJsonNumber("id").longValue();
        order.getJsonArray("specimens").getValuesAs(JsonObject.class)
                .forEach(s -> api.post("tech", "/specimens/" + s.getString("accession") + "/receive", Json.createObjectBuilder().build()));
        long alt = enterAndVerify(order, "ALT", "50");
        enterAndVerify(order, "GLU", "5.2");
        enterAndVerify(order, "HCT", "0.450");

        String preliminary = text(pdf(orderId));
        assertThat(preliminary).contains("PRELIMINARY REPORT", "Biscuit", "Alanine aminotransferase (ALT)", "Page 1 of 1");

        assertThat(api.post("tech", "/orders/" + orderId + "/release", Json.createObjectBuilder().build()).statusCode()).isEqualTo(403);
        var released = api.post("pathologist", "/orders/" + orderId + "/release", Json.createObjectBuilder().build());
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(json(released).getString("kind")).isEqualTo("FINAL");
        assertThat(api.post("pathologist", "/orders/" + orderId + "/release", Json.createObjectBuilder().build()).statusCode())
                .as("released once").isEqualTo(409);
        assertThat(json(api.get("viewer", "/orders/" + orderId)).getString("status")).isEqualTo("REPORTED");
        var rerun = api.post("tech", "/test-runs/" + alt + "/rerun", Json.createObjectBuilder().build());
        assertThat(rerun.statusCode()).as("a released result is amended, not rerun").isEqualTo(409);
        assertThat(rerun.body()).contains("amendment");
        String fin = text(pdf(orderId));
        assertThat(fin).contains("FINAL REPORT", "Biscuit", "Dog", "Weber", "50", "U/L", "14–86 U/L",
                "Haematology", "Chemistry", "pathologist");

        long feedEnd = feedEnd();
        var unreasoned = api.post("pathologist", "/test-runs/" + alt + "/amend", Json.createObjectBuilder().add("value", "150").build());
        assertThat(unreasoned.statusCode()).as("an amendment needs a reason").isEqualTo(422);
        assertThat(api.post("tech", "/test-runs/" + alt + "/amend", Json.createObjectBuilder().add("value", "150").add("reason", "x").build())
                .statusCode()).isEqualTo(403);
        var amended = api.post("pathologist", "/test-runs/" + alt + "/amend", Json.createObjectBuilder().add("value", "150")
                .add("reason", "Transcription error: the analyzer printout reads 150").build());
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        JsonObject run = json(amended);
        assertThat(run.getInt("resultVersion")).isEqualTo(2);
        assertThat(run.getString("value")).isEqualTo("150");
        assertThat(run.getString("flag")).as("read again").isEqualTo("H");
        assertThat(run.getString("status")).isEqualTo("VERIFIED");
        assertThat(run.getString("amendReason")).isEqualTo("Transcription error: the analyzer printout reads 150");
        assertThat(run.getJsonArray("earlierVersions").getValuesAs(JsonObject.class)).singleElement().satisfies(v -> {
            assertThat(v.getInt("version")).isEqualTo(1);
            assertThat(v.getString("value")).isEqualTo("50");
            assertThat(v.getString("flag")).isEqualTo("N");
            assertThat(v.getString("verifiedBy")).isEqualTo("pathologist");
        });

        assertThat(array(api.get("viewer", "/orders/" + orderId + "/reports")).getValuesAs(JsonObject.class))
                .extracting(r -> r.getInt("issue") + " " + r.getString("kind")).containsExactly("1 FINAL", "2 AMENDED");
        var feed = json(api.get("integration", "/events?since=" + feedEnd)).getJsonArray("events").getValuesAs(JsonObject.class);
        assertThat(feed).filteredOn(e -> e.getJsonNumber("orderId").longValue() == orderId).extracting(e -> e.getString("type"))
                .containsExactly("result.amended", "report.amended");
        assertThat(feed).filteredOn(e -> e.getString("type").equals("result.amended")).singleElement()
                .satisfies(e -> {
                    assertThat(e.getJsonNumber("testRunId").longValue()).isEqualTo(alt);
                    assertThat(e.getString("testCode")).isEqualTo("ALT");
                });

        byte[] amendedPdf = pdf(orderId);
        String text = text(amendedPdf);
        assertThat(text).contains("AMENDED REPORT", "issue 2, replaces issue 1", "Biscuit", "150 *", "H", "Version 1 was 50 U/L",
                "Transcription error: the analyzer printout reads 150", "Page 1 of 1").doesNotContain("PRELIMINARY", "FINAL REPORT");
        savePage(amendedPdf, Path.of("target", "reports", "order-report-amended.png"));

        String cumulative = text(bytes("/patients/" + patient + "/report.pdf"));
        assertThat(cumulative).contains("CUMULATIVE REPORT", "Biscuit", "Alanine aminotransferase (ALT)", "150 H (amended)");
    }

    @Test
    void aReportOfAnOrderThatDoesNotExistIsAProblemNotAnEmptyPdf() {
        var missing = api.getBytes("viewer", "/orders/999999999/report.pdf");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private long enterAndVerify(JsonObject order, String test, String value) {
        long run = order.getJsonArray("testRuns").getValuesAs(JsonObject.class).stream().filter(r -> r.getString("test").equals(test))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(api.post("tech", "/test-runs/" + run + "/result", Json.createObjectBuilder().add("value", value).build()).statusCode())
                .isEqualTo(200);
        assertThat(api.post("pathologist", "/test-runs/" + run + "/verify", Json.createObjectBuilder().build()).statusCode()).isEqualTo(200);
        return run;
    }

    /** The position after everything in the feed now. */
    private long feedEnd() {
        long since = 0;
        while (true) {
            JsonObject page = json(api.get("integration", "/events?limit=500&since=" + since));
            if (page.getJsonArray("events").isEmpty()) {
                return since;
            }
            since = page.getJsonNumber("next").longValue();
        }
    }

    private byte[] pdf(long orderId) {
        return bytes("/orders/" + orderId + "/report.pdf");
    }

    private byte[] bytes(String path) {
        var answer = api.getBytes("viewer", path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return answer.body();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // in the order OpenPDF wrote it (tables and headings are separate layers); a cell's line breaks are the layout's
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void savePage(byte[] pdf, Path png) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
        }
    }

    private long dog(String name) {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Weber").add("firstName", "Anna")
                .add("phone", "+49 30 1234567").build())).getJsonNumber("id").longValue();
        return json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", name)
                .add("species", "DOG").add("sex", "FEMALE").add("neuterStatus", "NEUTERED")
                .add("dateOfBirth", LocalDate.now().minusYears(4).toString()).build())).getJsonNumber("id").longValue();
    }
}

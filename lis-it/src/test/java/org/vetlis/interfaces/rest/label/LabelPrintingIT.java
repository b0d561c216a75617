package org.vetlis.interfaces.rest.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vetlis.it.ApiClient.array;
import static org.vetlis.it.ApiClient.json;
import static org.vetlis.it.Eventually.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestPrinter;

/**
 * Labels printed on a real network printer: a TCP server on a free loopback port that keeps what it receives, as a
 * ZPL printer on port 9100 would. A printer that is off holds the labels until it comes up; a reprint sends one again.
 */
@ExtendWith(ArquillianExtension.class)
class LabelPrintingIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anOrdersLabelsReachThePrinterOfTheWorkstationAsZpl() throws Exception {
        try (TestPrinter printer = new TestPrinter(0)) {
            printer("BENCH-1", printer.port());
            assertThat(api.post("manager", "/workstations/RECEPTION-1", Json.createObjectBuilder().add("name", "Reception desk")
                    .add("printer", "BENCH-1").build()).statusCode()).isEqualTo(201);
            JsonObject order = order("Juniper");
            List<String> tubes = order.getJsonArray("specimens").getValuesAs(JsonObject.class).stream().map(s -> s.getString("accession")).toList();

            assertThat(api.post("viewer", "/orders/" + order.getJsonNumber("id") + "/labels", Json.createObjectBuilder()
                    .add("workstation", "RECEPTION-1").build()).statusCode()).isEqualTo(403);
            var printed = api.post("reception", "/orders/" + order.getJsonNumber("id") + "/labels", Json.createObjectBuilder()
                    .add("workstation", "reception-1").build());
            assertThat(printed.statusCode()).as(printed.body()).isEqualTo(200);
            assertThat(array(printed).getValuesAs(JsonObject.class)).extracting(j -> j.getString("state")).containsOnly("QUEUED");

            List<String> labels = List.of(printer.next(), printer.next());
            assertThat(labels).allSatisfy(zpl -> assertThat(zpl).startsWith("^XA").endsWith("^XZ\n").contains("^BCN,", "Juniper (Dog)"));
            assertThat(labels).anySatisfy(zpl -> assertThat(zpl).contains("^FD" + tubes.get(0) + "^FS"))
                    .anySatisfy(zpl -> assertThat(zpl).contains("^FD" + tubes.get(1) + "^FS"));
            await(() -> array(api.get("tech", "/orders/" + order.getJsonNumber("id") + "/labels")).getValuesAs(JsonObject.class),
                    jobs -> jobs.stream().allMatch(j -> j.getString("state").equals("SENT")), "both labels marked sent");
            var trail = json(api.get("admin", "/audit?entity=Order&id=" + order.getJsonNumber("id"))).getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertThat(trail).filteredOn(e -> e.getString("action").equals("LABELS_PRINTED")).singleElement()
                    .satisfies(e -> assertThat(e.getString("detail")).contains("2 label(s)", "BENCH-1"));
        }
    }

    @Test
    void aLabelForAPrinterThatIsOffWaitsForItAndAReprintSendsItAgain() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // free now; nothing listens there until the printer is switched on
        }
        printer("BENCH-2", port);
        JsonObject order = order("Mochi");
        long orderId = order.getJsonNumber("id").longValue();
        String serum = order.getJsonArray("specimens").getJsonObject(0).getString("accession");
        var printed = api.post("tech", "/orders/" + orderId + "/labels", Json.createObjectBuilder().add("printer", "BENCH-2")
                .add("accession", serum).build());
        assertThat(printed.statusCode()).as(printed.body()).isEqualTo(200);

        JsonObject waiting = await(() -> array(api.get("tech", "/orders/" + orderId + "/labels")).getJsonObject(0),
                job -> job.getInt("attempts") >= 1, "a first try at the printer that is off");
        assertThat(waiting.getString("state")).isEqualTo("QUEUED");
        assertThat(waiting.getString("lastError")).contains("127.0.0.1:" + port, "did not take the label");

        try (TestPrinter printer = new TestPrinter(port)) {
            assertThat(printer.next()).contains("^FD" + serum + "^FS");
            JsonObject sent = await(() -> array(api.get("tech", "/orders/" + orderId + "/labels")).getJsonObject(0),
                    job -> job.getString("state").equals("SENT"), "the label delivered once the printer answers");
            assertThat(sent.getInt("attempts")).isGreaterThan(1);

            var again = api.post("reception", "/print-jobs/" + sent.getJsonNumber("id") + "/reprint", Json.createObjectBuilder().build());
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(json(again).getJsonNumber("reprintOf").longValue()).isEqualTo(sent.getJsonNumber("id").longValue());
            assertThat(printer.next()).isEqualTo(sent.getString("zpl"));
        }
        var trail = json(api.get("admin", "/audit?entity=Order&id=" + orderId)).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(trail).extracting(e -> e.getString("action")).contains("LABELS_PRINTED", "LABEL_REPRINTED");
    }

    @Test
    void anOrderSavedAtAWorkstationThatPrintsOnOrderSaveHasItsLabelsPrintedAtOnce() throws Exception {
        try (TestPrinter printer = new TestPrinter(0)) {
            printer("DESK-P", printer.port());
            assertThat(api.post("manager", "/workstations/SAVE-DESK", Json.createObjectBuilder().add("name", "Reception, prints on save")
                    .add("printer", "DESK-P").add("printOnOrder", true).build()).statusCode()).isEqualTo(201);
            assertThat(api.post("manager", "/workstations/BENCH-QUIET", Json.createObjectBuilder().add("name", "Bench")
                    .add("printer", "DESK-P").build()).statusCode()).isEqualTo(201);
            long dog = patientOf("Saffron");

            var atDesk = api.post("reception", "/orders?workstation=save-desk", orderOf(dog));
            assertThat(atDesk.statusCode()).as(atDesk.body()).isEqualTo(201);
            assertThat(atDesk.headers().firstValue("Labels-Queued")).hasValue("2");
            List<String> tubes = json(atDesk).getJsonArray("specimens").getValuesAs(JsonObject.class).stream()
                    .map(t -> t.getString("accession")).toList();
            List<String> labels = List.of(printer.next(), printer.next());
            assertThat(labels).anySatisfy(zpl -> assertThat(zpl).contains("^FD" + tubes.get(0) + "^FS"))
                    .anySatisfy(zpl -> assertThat(zpl).contains("^FD" + tubes.get(1) + "^FS"));

            var atBench = api.post("reception", "/orders?workstation=BENCH-QUIET", orderOf(dog));
            assertThat(atBench.headers().firstValue("Labels-Queued")).as("a workstation that does not print on save").hasValue("0");
            assertThat(array(api.get("tech", "/orders/" + json(atBench).getJsonNumber("id") + "/labels"))).isEmpty();

            long before = json(api.get("reception", "/orders?patientId=" + dog)).getJsonNumber("total").longValue();
            var unknown = api.post("reception", "/orders?workstation=NOWHERE", orderOf(dog));
            assertThat(unknown.statusCode()).isEqualTo(422);
            assertThat(json(api.get("reception", "/orders?patientId=" + dog)).getJsonNumber("total").longValue())
                    .as("no order placed for an unknown workstation").isEqualTo(before);
        }
    }

    @Test
    void theLabelsComeAsAPdfAPagePerTubeTheSizeOfTheWorkstationsLabels() throws Exception {
        JsonObject order = order("Nutmeg");
        long orderId = order.getJsonNumber("id").longValue();
        List<String> tubes = order.getJsonArray("specimens").getValuesAs(JsonObject.class).stream().map(t -> t.getString("accession")).toList();
        HttpResponse<byte[]> pdf = api.getBytes("reception", "/orders/" + orderId + "/labels.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("50 mm").isCloseTo(141.7f, within(0.2f));
            assertThat(page.getHeight()).as("25 mm").isCloseTo(70.9f, within(0.2f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(tubes.get(0), tubes.get(1), "Nutmeg (Dog)", "Label");
        }
        assertThat(api.getBytes("viewer", "/orders/" + orderId + "/labels.pdf").statusCode()).isEqualTo(403);

        assertThat(api.post("manager", "/printers/WIDE-P", Json.createObjectBuilder().add("name", "Wide").add("host", "127.0.0.1")
                .add("widthMm", 100).add("heightMm", 50).build()).statusCode()).isEqualTo(201);
        assertThat(api.post("manager", "/workstations/WIDE-DESK", Json.createObjectBuilder().add("name", "Wide desk")
                .add("printer", "WIDE-P").build()).statusCode()).isEqualTo(201);
        HttpResponse<byte[]> wide = api.getBytes("tech", "/orders/" + orderId + "/labels.pdf?workstation=WIDE-DESK&accession=" + tubes.get(1));
        try (PDDocument document = Loader.loadPDF(wide.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("100 mm").isCloseTo(283.5f, within(0.2f));
            assertThat(new PDFTextStripper().getText(document)).contains(tubes.get(1)).doesNotContain(tubes.get(0));
        }
    }

    @Test
    void aPrinterThatIsNotThereOrSwitchedOffIsRefusedByName() {
        long orderId = order("Pip").getJsonNumber("id").longValue();
        var unknown = api.post("tech", "/orders/" + orderId + "/labels", Json.createObjectBuilder().add("printer", "NOWHERE").build());
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("no printer NOWHERE");
        assertThat(api.post("tech", "/orders/" + orderId + "/labels", Json.createObjectBuilder().build()).statusCode())
                .as("neither a printer nor a workstation").isEqualTo(422);
        var bad = api.post("manager", "/printers/BAD", Json.createObjectBuilder().add("name", "x").add("host", "evil host;rm").add("dpi", 250)
                .build());
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("host", "dpi");
    }

    private void printer(String code, int port) {
        var created = api.post("manager", "/printers/" + code, Json.createObjectBuilder().add("name", "Zebra at " + code)
                .add("host", "127.0.0.1").add("port", port).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private long patientOf(String name) {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Label").build()))
                .getJsonNumber("id").longValue();
        return json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", name)
                .add("species", "DOG").add("sex", "MALE").add("neuterStatus", "INTACT").build())).getJsonNumber("id").longValue();
    }

    private static JsonObject orderOf(long dog) {
        return Json.createObjectBuilder().add("patientId", dog).add("tests", Json.createArrayBuilder().add("GLU").add("HCT")).build();
    }

    /** A dog's order of glucose and a haematocrit: two tubes. */
    private JsonObject order(String name) {
        return json(api.post("reception", "/orders", orderOf(patientOf(name))));
    }
}

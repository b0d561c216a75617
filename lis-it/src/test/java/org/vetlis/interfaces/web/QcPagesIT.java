package org.vetlis.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Browser;
import org.vetlis.it.Deployments;

/**
 * A lab manager opens the Levey-Jennings chart of a 30-day series typed in on a bench analyzer: the rejected runs
 * (a 1-3s and a 2-2s) are red crosses, the 1-2s warning an orange triangle, and the dashboard says QC has failed.
 */
@ExtendWith(ArquillianExtension.class)
class QcPagesIT {

    /** z of each day's control, oldest first: a 1-3s on day 12, a 1-2s on day 20 and a 2-2s with it on day 21. */
    private static final double[] Z = {0.25, -0.4, 0.6, -0.2, 0.45, -0.55, 0.15, -0.3, 0.7, -0.1, 0.35, 3.5, -0.45, 0.3, -0.65, 0.1,
        -0.25, 0.5, -0.35, 2.2, 2.3, -0.15, 0.4, -0.6, 0.2, -0.3, 0.55, -0.2, 0.25, -0.4};

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theLeveyJenningsChartMarksTheRunsThatBrokeARule() throws Exception {
        String bench = benchAnalyzer();
        HttpResponse<String> lot = api.post("manager", "/qc/lots", Json.createObjectBuilder().add("instrument", bench).add("test", "ALT")
                .add("material", "Liquichek Chemistry").add("lotNumber", "LJ-30").add("level", "1").add("unit", "U/L")
                .add("expiresOn", LocalDate.now().plusYears(1).toString()).add("mean", 100).add("sd", 2).build());
        assertThat(lot.statusCode()).as(lot.body()).isEqualTo(201);
        LocalDate first = LocalDate.now().minusDays(Z.length - 1);
        for (int day = 0; day < Z.length; day++) {
            String at = first.plusDays(day).atTime(8, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime().toString();
            HttpResponse<String> typed = api.post("tech", "/qc/results", Json.createObjectBuilder().add("instrument", bench).add("measuredAt", at)
                    .add("results", Json.createArrayBuilder().add(Json.createObjectBuilder().add("test", "ALT").add("level", "1")
                            .add("value", Math.round((100 + 2 * Z[day]) * 100) / 100.0))).build());
            assertThat(typed.statusCode()).as(typed.body()).isEqualTo(201);
        }

        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            assertThat(manager.find(By.cssSelector("[id$='qcSummary']")).getText()).contains("QC FAILED", "ALT on " + bench);
            manager.open("/lis/app/lab/qc.xhtml");
            assertThat(manager.find(By.id("qc:states")).getText()).contains(bench, "FAILED", "2-2s");
            Select lots = new Select(manager.driver().findElement(By.id("qc:lot_input")));
            lots.getOptions().stream().filter(o -> o.getText().contains(bench)).findFirst().orElseThrow().click();
            manager.click(By.id("qc:show"));
            manager.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "var c = document.querySelector('[id$=\"leveyJennings\"] canvas'); return !!(c && Chart.getChart(c));"));
            @SuppressWarnings("unchecked")
            List<String> colours = (List<String>) ((JavascriptExecutor) manager.driver()).executeScript(
                    "return Chart.getChart(document.querySelector('[id$=\"leveyJennings\"] canvas')).data.datasets[0].pointBackgroundColor;");
            assertThat(colours).hasSize(Z.length);
            assertThat(colours.get(11)).as("day 12, 1-3s").isEqualTo("#b3261e");
            assertThat(colours.get(19)).as("day 20, 1-2s").isEqualTo("#d98200");
            assertThat(colours.get(20)).as("day 21, 2-2s").isEqualTo("#b3261e");
            assertThat(colours).filteredOn("#0f5b66"::equals).hasSize(Z.length - 3);
            Long lines = (Long) ((JavascriptExecutor) manager.driver()).executeScript(
                    "return Chart.getChart(document.querySelector('[id$=\"leveyJennings\"] canvas')).data.datasets.length;");
            assertThat(lines).as("the results, the mean and ±1, 2, 3 SD").isEqualTo(8L);
            assertThat(manager.find(By.id("qc:results")).getText()).contains("1-3s", "2-2s", "REJECTED", "WARNING");
            manager.screenshot("qc-levey-jennings", By.cssSelector("[id$='leveyJennings'] canvas"));

            // the lab manager switches the 7T trend rule on for this analyzer and test
            // the menu's own select changed as a person's choice changes it: its change event sends the choice
            ((JavascriptExecutor) manager.driver()).executeScript("var s = document.getElementById('rules:of_input'); s.value = arguments[0];"
                    + " s.dispatchEvent(new Event('change'));", bench + "/ALT");
            manager.waitForAjax();
            manager.waitFor(d -> d.findElements(By.cssSelector("#rules\\:ruleRows_data tr")).size() == 8);
            manager.click(By.xpath("//tbody[@id='rules:ruleRows_data']/tr[contains(., '7T')]//div[contains(@class, 'ui-chkbox-box')]"));
            manager.click(By.id("rules:saveRules"));
            manager.waitForText(By.id("rules:messages"), "Westgard rules of ALT on " + bench + " saved");
        }
        assertThat(api.get("manager", "/qc/rules/" + bench + "/ALT").body()).contains("{\"enabled\":true,\"rule\":\"7T\",\"severity\":\"WARNING\"}");
    }

    private String benchAnalyzer() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String code = "LJ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpResponse<String> created = api.post("manager", "/instruments", Json.createObjectBuilder().add("code", code)
                .add("name", "Bench chemistry").add("port", port).add("testCodes", Json.createObjectBuilder().add("ALT", "ALT")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return code;
    }
}

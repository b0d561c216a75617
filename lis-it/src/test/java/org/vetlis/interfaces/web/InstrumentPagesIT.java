package org.vetlis.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.it.AnalyzerPeer;
import org.vetlis.it.Browser;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;

/**
 * The instruments and their messages in a real browser: the listener's counters move by themselves when an analyzer
 * sends (web socket push), the handshake test proves the line, a new instrument listens once saved, and a
 * quarantined message is shown without the patient.
 */
@ExtendWith(ArquillianExtension.class)
class InstrumentPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theListenersCountersMoveByThemselvesAndTheHandshakeIsProved() throws Exception {
        try (Browser manager = new Browser()) {
            manager.signIn("manager").open("/lis/app/instruments/instruments.xhtml");
            By chemistryRow = By.xpath("//tbody[@id='instruments:list_data']/tr[td[1][normalize-space()='DEMO-CHEM']]");
            // read while the page may redraw itself (a push): asked again when the row was replaced under the read
            String before = manager.waitFor(d -> d.findElement(chemistryRow).findElement(By.xpath("td[7]")).getText());
            manager.waitForText(By.id("liveState"), "live"); // the page listens before anything changes

            try (AnalyzerPeer analyzer = new AnalyzerPeer(TestServer.analyzerPort())) {
                // a result for a tube nobody ordered, from an analyzer that names the patient: stored, acknowledged, quarantined
                assertThat(analyzer.send("H|\\^&|||IT\rP|1||||Hale^Rex\rO|1|2099000042||^^^GLU\rR|1|^^^GLU|5.1|mmol/L||N||F||||20261124120000\r"
                        + "L|1|N\r")).isEqualTo(AstmControl.ACK);
            }
            manager.waitFor(d -> !d.findElement(chemistryRow).findElement(By.xpath("td[7]")).getText().equals(before));

            manager.click(By.xpath("//tbody[@id='instruments:list_data']/tr[td[1][normalize-space()='DEMO-CHEM']]"
                    + "//button[contains(., 'Test connection')]"));
            manager.waitForText(By.id("instruments:messages"), "ENQ answered with ACK");
            manager.screenshot("instruments");

            manager.open("/lis/app/instruments/messages.xhtml");
            manager.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("log:list"), "2099000042"));
            manager.find(By.xpath("//tbody[@id='log:list_data']/tr[contains(., '2099000042')]//div[contains(@class,'ui-row-toggler')]"))
                    .click();
            String raw = manager.find(By.cssSelector(".vl-raw")).getText();
            assertThat(raw).contains("O|1|2099000042", "<CR>").doesNotContain("Hale", "Rex");
            manager.screenshot("messages");
        }
    }

    @Test
    void anInstrumentAddedInThePageListensOnceSaved() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String code = "WEB" + System.nanoTime() % 10_000;
        try (Browser admin = new Browser()) {
            admin.signIn("admin").open("/lis/app/instruments/instruments.xhtml");
            admin.click(By.id("instruments:add"));
            admin.type(By.id("editor:code"), code);
            admin.type(By.id("editor:name"), "Bench analyzer");
            admin.type(By.id("editor:port_input"), String.valueOf(port));
            admin.type(By.id("editor:testCodes"), "GLU=GLU\nCREA=CREA");
            admin.click(By.id("editor:save"));
            admin.waitForText(By.id("editor:messages"), "Instrument " + code + " saved");

            admin.open("/lis/app/admin/audit.xhtml");
            admin.type(By.id("audit:entityId"), code + Keys.ENTER);
            admin.waitForText(By.id("audit:events"), "INSTRUMENT_DEFINED");
            assertThat(admin.find(By.id("audit:events")).getText()).as("who defined it, from the web").contains("admin", "web ");
            admin.screenshot("audit");

            admin.open("/lis/app/instruments/instruments.xhtml");
            admin.click(By.xpath("//tbody[@id='instruments:list_data']/tr[td[1][normalize-space()='" + code + "']]//button[contains(., 'Edit')]"));
            admin.type(By.id("editor:profileSettings"), "no-such-setting=1");
            admin.click(By.id("editor:save"));
            admin.waitForText(By.id("editor:messages"), "no-such-setting");
            assertThat(admin.find(By.id("editor:profileSettings")).getAttribute("value")).as("kept as typed").contains("no-such-setting=1");
        }
        for (int attempt = 1; ; attempt++) { // the listener opens once the change has committed: within moments
            try (AnalyzerPeer analyzer = new AnalyzerPeer(port)) {
                assertThat(analyzer.send("H|\\^&|||" + code + "\rL|1|N\r")).as("listening without a redeploy").isEqualTo(AstmControl.ACK);
                break;
            } catch (java.io.IOException notYet) {
                if (attempt == 50) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }
}

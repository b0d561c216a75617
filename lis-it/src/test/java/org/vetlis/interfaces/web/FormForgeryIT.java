package org.vetlis.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;
import org.vetlis.it.FormClient;
import org.vetlis.it.TestServer;

/** Cross-site request forgery: a post without the page's own view state changes nothing; protected views need VetLIS's link. */
@ExtendWith(ArquillianExtension.class)
class FormForgeryIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aPostWithTheFormsViewStateRegistersAndAForgedOneChangesNothing() {
        FormClient reception = new FormClient();
        assertThat(reception.signIn("reception", TestServer.demoPassword("reception")).statusCode()).isEqualTo(302);
        String genuine = "Genuine" + System.nanoTime() % 1_000_000;
        String forged = "Forged" + System.nanoTime() % 1_000_000;
        String viewState = FormClient.viewState(reception.get("/lis/app/reception/order.xhtml").body()).orElseThrow();

        HttpResponse<String> fromThePage = reception.post("/lis/app/reception/order.xhtml", registerOwner(genuine, viewState));
        HttpResponse<String> fromElsewhere = reception.post("/lis/app/reception/order.xhtml", registerOwner(forged, "-4711:815"));

        assertThat(fromThePage.statusCode()).isEqualTo(200);
        assertThat(owners(genuine)).as("the page's own post registers").isEqualTo(1);
        assertThat(fromElsewhere.statusCode()).as("sent back to the page afresh").isEqualTo(302);
        assertThat(fromElsewhere.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/app/reception/order.xhtml"));
        assertThat(owners(forged)).as("a forged post registers nothing").isZero();
    }

    @Test
    void anAdministrationViewOpensFromVetlisOwnLinkOnly() {
        FormClient admin = new FormClient();
        admin.signIn("admin", TestServer.demoPassword("admin"));

        HttpResponse<String> planted = admin.get("/lis/app/admin/users.xhtml");
        assertThat(planted.body()).contains("Open this page from the menu").doesNotContain("ProtectedViewException:", ".java:");

        Matcher menu = Pattern.compile("<a [^>]*href=\"([^\"]+)\"[^>]*id=\"navUsers\"|<a [^>]*id=\"navUsers\"[^>]*href=\"([^\"]+)\"")
                .matcher(admin.get("/lis/app/home.xhtml").body());
        assertThat(menu.find()).as("the menu's link").isTrue();
        String link = (menu.group(1) != null ? menu.group(1) : menu.group(2)).replace("&amp;", "&");
        assertThat(link).contains("jakarta.faces.Token=");
        HttpResponse<String> fromTheMenu = admin.get(link);
        assertThat(fromTheMenu.statusCode()).isEqualTo(200);
        assertThat(fromTheMenu.body()).contains("id=\"list:users\"", "pathologist");
    }

    private static Map<String, String> registerOwner(String lastName, String viewState) {
        return Map.of("reception", "reception", "reception:lastName", lastName, "reception:registerOwner", "",
                "jakarta.faces.ViewState", viewState);
    }

    private long owners(String lastName) {
        return json(api.get("reception", "/owners?name=" + lastName)).getJsonNumber("total").longValue();
    }
}

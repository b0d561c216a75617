package org.vetlis.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.Deployments;
import org.vetlis.it.FormClient;
import org.vetlis.it.TestServer;

/** Signing in to the PrimeFaces pages over plain HTTP, as a browser posts the form. */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

    private final FormClient browser = new FormClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theRootShowsThePrimeFacesLoginPage() throws Exception {
        HttpResponse<String> page = get("/lis/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sign in to VetLIS", "id=\"login:username\"", "id=\"login:password\"",
                "ln=primefaces");
    }

    @Test
    void theRightPasswordSignsInAndShowsTheHomePage() throws Exception {
        HttpResponse<String> answer = signIn("tech", TestServer.demoPassword("tech"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/lis/app/home.xhtml"));
        HttpResponse<String> home = get("/lis/app/home.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Signed in as <strong>tech</strong>", "TECHNICIAN", "PostgreSQL");
    }

    @Test
    void aWrongPasswordStaysOutside() throws Exception {
        HttpResponse<String> answer = signIn("reception", "not-the-password");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Sign-in failed");
        HttpResponse<String> home = get("/lis/app/home.xhtml");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/lis/login.xhtml"));
    }

    @Test
    void aVisitorSentToSignInIsTakenBackToThePageTheyAskedFor() throws Exception {
        HttpResponse<String> asked = get("/lis/app/home.xhtml?from=bookmark");
        assertThat(asked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/lis/login.xhtml"));

        HttpResponse<String> answer = signIn("manager", TestServer.demoPassword("manager"));

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/lis/app/home.xhtml?from=bookmark"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        signIn("pathologist", TestServer.demoPassword("pathologist"));
        HttpResponse<String> home = get("/lis/app/home.xhtml");
        String viewState = FormClient.viewState(home.body()).orElseThrow();

        HttpResponse<String> out = post("/lis/app/home.xhtml", Map.of("session", "session", "session:signOut", "",
                "jakarta.faces.ViewState", viewState));

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(get("/lis/app/home.xhtml").statusCode()).as("home needs a new sign-in").isEqualTo(302);
    }

    @Test
    void theHomePageNeedsASignIn() throws Exception {
        HttpResponse<String> home = get("/lis/app/home.xhtml");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.body()).doesNotContain("Signed in as");
    }

    private HttpResponse<String> signIn(String username, String password) {
        return browser.signIn(username, password);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) {
        return browser.post(path, fields);
    }

    private HttpResponse<String> get(String path) {
        return browser.get(path);
    }
}

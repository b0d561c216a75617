package org.vetlis.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;

/** Signing in to the PrimeFaces pages over plain HTTP, as a browser posts the form. */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

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
        Matcher viewState = VIEW_STATE.matcher(home.body());
        assertThat(viewState.find()).isTrue();

        HttpResponse<String> out = post("/lis/app/home.xhtml", Map.of("session", "session", "session:signOut", "",
                "jakarta.faces.ViewState", viewState.group(1)));

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(get("/lis/app/home.xhtml").statusCode()).as("home needs a new sign-in").isEqualTo(302);
    }

    @Test
    void theHomePageNeedsASignIn() throws Exception {
        HttpResponse<String> home = get("/lis/app/home.xhtml");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.body()).doesNotContain("Signed in as");
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        HttpResponse<String> form = get("/lis/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertThat(viewState.find()).as("the login form carries a view state").isTrue();
        return post("/lis/login.xhtml", Map.of(
                "login", "login",
                "login:username", username,
                "login:password", password,
                "login:submit", "",
                "jakarta.faces.ViewState", viewState.group(1)));
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

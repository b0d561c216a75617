package org.vetlis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The web pages over plain HTTP, as a browser without JavaScript posts their forms: a session cookie, no redirects
 * followed (the tests look at them). For what a real browser would not do, such as a forged post.
 */
public final class FormClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The view state a page's form carries, if it has one. */
    public static Optional<String> viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Posts the sign-in form as a person does; the answer is the redirect (or the form again, on failure). */
    public HttpResponse<String> signIn(String username, String password) {
        String form = get("/lis/login.xhtml").body();
        return post("/lis/login.xhtml", Map.of("login", "login", "login:username", username, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", viewState(form).orElseThrow(() -> new IllegalStateException(
                        "the login form carries no view state"))));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path)).build());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

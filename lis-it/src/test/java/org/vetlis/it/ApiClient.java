package org.vetlis.it;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A REST client of the test server that signs in as demo users (one token per user, reused). */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new HashMap<>();

    public String token(String username) {
        return tokens.computeIfAbsent(username, user -> {
            HttpResponse<String> answer = send("POST", "/lis/api/v1/auth/token", null,
                    Json.createObjectBuilder().add("username", user).add("password", TestServer.demoPassword(user)).build(), null);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no token for " + user + ": " + answer.body());
            }
            return json(answer).getString("access_token");
        });
    }

    /**
     * Asks for a token with this password (not the demo one); on success later calls as {@code username} use it.
     */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> answer = send("POST", "/lis/api/v1/auth/token", null,
                Json.createObjectBuilder().add("username", username).add("password", password).build(), null);
        if (answer.statusCode() == 200) {
            tokens.put(username, json(answer).getString("access_token"));
        }
        return answer;
    }

    public HttpResponse<String> get(String user, String path) {
        return send("GET", "/lis/api/v1" + path, user, null, null);
    }

    public HttpResponse<String> post(String user, String path, JsonStructure body) {
        return send("POST", "/lis/api/v1" + path, user, body, null);
    }

    public HttpResponse<String> put(String user, String path, JsonStructure body, String ifMatch) {
        return send("PUT", "/lis/api/v1" + path, user, body, ifMatch);
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    public static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    /** A GET whose answer is bytes (a PDF, an image). */
    public HttpResponse<byte[]> getBytes(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/lis/api/v1" + path))
                .header("Authorization", "Bearer " + token(user)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> delete(String user, String path) {
        return send("DELETE", "/lis/api/v1" + path, user, null, null);
    }

    /** A {@code multipart/form-data} POST of one file, in the part {@code part}, as a browser's form sends it. */
    public HttpResponse<String> postFile(String user, String path, String part, String fileName, String contentType, byte[] content) {
        String boundary = "vetlis-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/lis/api/v1" + path))
                .header("Authorization", "Bearer " + token(user)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String user, JsonStructure body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.vetlis.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;

/** The REST API and health endpoints, as an integrator sees them. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void systemInfoNamesVersionDatabaseSchemaAndConnector() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/lis/api/v1/system/info")));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonObject info = json(answer);
        assertThat(info.getString("version")).isNotBlank();
        assertThat(info.getString("databaseVendor")).startsWith("PostgreSQL");
        assertThat(info.getString("schemaVersion")).isEqualTo(newestAppliedVersion());
        assertThat(info.getString("migrationState")).isEqualTo("CURRENT");
        assertThat(info.getJsonObject("connector").getString("state")).isEqualTo("UP");
        assertThat(info.getJsonObject("connector").getJsonArray("listeners").getJsonObject(0).getInt("port"))
                .isEqualTo(TestServer.analyzerPort());
    }

    @Test
    void aDemoUserGetsATokenThatTheApiAccepts() throws Exception {
        HttpResponse<String> issued = token("pathologist", TestServer.demoPassword("pathologist"));
        assertThat(issued.statusCode()).isEqualTo(200);
        JsonObject token = json(issued);
        assertThat(token.getString("token_type")).isEqualTo("Bearer");
        assertThat(token.getInt("expires_in")).isPositive();

        HttpResponse<String> me = send(HttpRequest.newBuilder(uri("/lis/api/v1/system/whoami"))
                .header("Authorization", "Bearer " + token.getString("access_token")));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).getString("username")).isEqualTo("pathologist");
        assertThat(json(me).getJsonArray("roles").getString(0)).isEqualTo("VERIFIER");
    }

    @Test
    void aWrongPasswordGetsNoTokenAndAProblemAnswer() throws Exception {
        HttpResponse<String> answer = token("integration", "wrong-password");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).getInt("status")).isEqualTo(401);
        assertThat(json(answer).containsKey("access_token")).isFalse();
    }

    @Test
    void protectedResourcesRefuseMissingAndForgedTokens() throws Exception {
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/lis/api/v1/system/whoami")));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        String token = json(token("manager", TestServer.demoPassword("manager"))).getString("access_token");
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        HttpResponse<String> tampered = send(HttpRequest.newBuilder(uri("/lis/api/v1/system/whoami"))
                .header("Authorization", "Bearer " + forged));
        assertThat(tampered.statusCode()).isEqualTo(401);
    }

    @Test
    void readinessIsUpWithDatabaseMigrationsAndListener() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/health/ready")));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject health = json(answer);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name"))
                .contains("database", "migrations", "analyzer-listeners");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/openapi")));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("title: VetLIS API", "/v1/auth/token", "/v1/system/info");
    }

    @Test
    void anIncompleteTokenRequestIsABadRequest() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/lis/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\"}")));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static String newestAppliedVersion() throws SQLException {
        try (Connection db = TestServer.database(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select version from flyway_schema_history where version is not null"
                     + " order by installed_rank desc limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private HttpResponse<String> token(String username, String password) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
        return send(HttpRequest.newBuilder(uri("/lis/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(TestServer.baseUrl() + path);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}

package org.vetlis.interfaces.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;

/** Accounts administered over the API: the password policy, own password changes, lockout and unlock, roles, audit. */
@ExtendWith(ArquillianExtension.class)
class UserAdminIT {

    private static final String FIRST_PASSWORD = "lantern orchard tuesday";

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanSignInWithItsRoles() {
        String username = newUser("TECHNICIAN");

        HttpResponse<String> signedIn = api.signIn(username, FIRST_PASSWORD);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        assertThat(json(signedIn).getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("TECHNICIAN");
        assertThat(api.get(username, "/users").statusCode()).as("a technician administers no one").isEqualTo(403);
        JsonObject listed = json(api.get("admin", "/users/" + username));
        assertThat(listed.getString("displayName")).isEqualTo("Anna Keller");
        assertThat(listed.toString()).doesNotContain("hash").doesNotContain(FIRST_PASSWORD);
    }

    @Test
    void aWeakPasswordIsRefusedWithItsReasonsAndNoAccountIsMade() {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> refused = api.post("admin", "/users", account(username, "TECHNICIAN").add("password", "Password1234").build());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"password\"", "most common");
        assertThat(api.get("admin", "/users/" + username).statusCode()).isEqualTo(404);
    }

    @Test
    void aPersonChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        String username = newUser("RECEPTION");
        assertThat(api.signIn(username, FIRST_PASSWORD).statusCode()).isEqualTo(200);

        HttpResponse<String> wrong = api.post(username, "/auth/password", change("not my password", "cobalt meadow harbour"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("currentPassword");
        HttpResponse<String> weak = api.post(username, "/auth/password", change(FIRST_PASSWORD, "short"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("at least 12");
        assertThat(api.post(username, "/auth/password", change(FIRST_PASSWORD, "cobalt meadow harbour")).statusCode()).isEqualTo(204);

        assertThat(api.signIn(username, FIRST_PASSWORD).statusCode()).isEqualTo(401);
        assertThat(api.signIn(username, "cobalt meadow harbour").statusCode()).isEqualTo(200);
        List<String> actions = json(api.get("admin", "/audit?entity=User&id=" + username)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertThat(actions).contains("USER_CREATED", "SIGN_IN_FAILED", "PASSWORD_CHANGED");
    }

    @Test
    void wrongCurrentPasswordsLockTheAccountAndAnAdministratorCanUnlockIt() {
        String username = newUser("VIEWER");
        assertThat(api.signIn(username, FIRST_PASSWORD).statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            api.post(username, "/auth/password", change("guess " + i, "cobalt meadow harbour"));
        }
        assertThat(api.post(username, "/auth/password", change(FIRST_PASSWORD, "cobalt meadow harbour")).statusCode())
                .as("locked, even with the right password").isEqualTo(409);
        assertThat(api.signIn(username, FIRST_PASSWORD).statusCode()).isEqualTo(401);

        HttpResponse<String> unlocked = api.post("admin", "/users/" + username + "/unlock", Json.createObjectBuilder().build());
        assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(200);
        assertThat(api.signIn(username, FIRST_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void changesNeedTheVersionReadAndADeactivatedAccountCannotSignIn() {
        String username = newUser("TECHNICIAN");
        HttpResponse<String> read = api.get("admin", "/users/" + username);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        JsonObject changed = Json.createObjectBuilder().add("displayName", "Anna Keller-Frei").add("email", "anna@example.org")
                .add("roles", Json.createArrayBuilder().add("TECHNICIAN").add("VERIFIER")).add("active", false).build();
        HttpResponse<String> updated = api.put("admin", "/users/" + username, changed, etag);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).getJsonArray("roles").toString()).contains("VERIFIER");
        assertThat(api.put("admin", "/users/" + username, changed, etag).statusCode()).as("stale version").isEqualTo(409);
        assertThat(api.signIn(username, FIRST_PASSWORD).statusCode()).isEqualTo(401);

        JsonObject event = json(api.get("admin", "/audit?entity=User&id=" + username)).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("action").equals("USER_UPDATED")).findFirst().orElseThrow();
        assertThat(event.getString("before")).contains("\"active\":true").doesNotContain("password");
        assertThat(event.getString("after")).contains("Anna Keller-Frei", "VERIFIER", "\"active\":false").doesNotContain("password");
    }

    @Test
    void theLastAdministratorKeepsTheRole() {
        HttpResponse<String> read = api.get("admin", "/users/admin");
        JsonObject demoted = Json.createObjectBuilder().add("displayName", "Administrator")
                .add("roles", Json.createArrayBuilder().add("VIEWER")).add("active", true).build();

        HttpResponse<String> refused = api.put("admin", "/users/admin", demoted, read.headers().firstValue("ETag").orElseThrow());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("last active administrator");
        assertThat(json(api.get("admin", "/users/admin")).getJsonArray("roles").toString()).contains("ADMIN");
    }

    private String newUser(String role) {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api.post("admin", "/users", account(username, role).add("password", FIRST_PASSWORD).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    private static JsonObjectBuilder account(String username, String role) {
        return Json.createObjectBuilder().add("username", username).add("displayName", "Anna Keller")
                .add("roles", Json.createArrayBuilder().add(role));
    }

    private static JsonObject change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build();
    }
}

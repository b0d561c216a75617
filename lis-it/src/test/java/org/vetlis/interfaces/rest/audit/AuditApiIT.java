package org.vetlis.interfaces.rest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;

/** The audit trail through the API: what a change leaves behind, the daily file, and tamper detection. */
@ExtendWith(ArquillianExtension.class)
class AuditApiIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aChangeLeavesWhoWhatWhenBeforeAndAfterInTheTrailAndTheDailyFile() throws Exception {
        String name = "Audit" + UUID.randomUUID().toString().substring(0, 6);
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", name).build()))
                .getJsonNumber("id").longValue();
        assertThat(api.put("reception", "/owners/" + owner, Json.createObjectBuilder().add("lastName", name + "-Renamed").build(),
                "W/\"1\"").statusCode()).isEqualTo(200);

        JsonObject page = json(api.get("manager", "/audit?entity=Owner&id=" + owner));
        List<JsonObject> events = page.getJsonArray("items").getValuesAs(JsonObject.class);

        assertThat(events).extracting(e -> e.getString("action")).containsExactly("OWNER_REGISTERED", "OWNER_UPDATED");
        JsonObject update = events.get(1);
        assertThat(update.getString("actor")).isEqualTo("reception");
        assertThat(update.getString("origin")).startsWith("api ");
        assertThat(update.getString("before")).contains(name).doesNotContain("Renamed");
        assertThat(update.getString("after")).contains(name + "-Renamed");
        assertThat(update.getJsonNumber("seq").longValue()).isGreaterThan(events.get(0).getJsonNumber("seq").longValue());

        Path day = Path.of(System.getProperty("vetlis.it.credentials")).getParent().getParent()
                .resolve("vetlis-data/audit/" + LocalDate.now(ZoneOffset.UTC) + ".log");
        assertThat(Files.readString(day)).contains("\"seq\":" + update.getJsonNumber("seq").longValue(), update.getString("hash"));
    }

    @Test
    void theChainVerifiesAndAChangedRowIsFound() throws Exception {
        api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Chain").build());
        assertThat(json(api.get("admin", "/audit/verify")).getBoolean("intact")).isTrue();

        long seq;
        String detail;
        try (Connection db = TestServer.database(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select chain_seq, detail from audit_event where chain_seq is not null order by chain_seq desc limit 1")) {
            rs.next();
            seq = rs.getLong(1);
            detail = rs.getString(2);
        }
        tamper(seq, "forged");
        try {
            JsonObject verdict = json(api.get("admin", "/audit/verify"));
            assertThat(verdict.getBoolean("intact")).isFalse();
            assertThat(verdict.getJsonNumber("brokenAt").longValue()).isEqualTo(seq);
        } finally {
            tamper(seq, detail);
        }
        assertThat(json(api.get("admin", "/audit/verify")).getBoolean("intact")).isTrue();
    }

    /** Changes an audit row behind the application's back, as only the table's owner can (the trigger is lifted for it). */
    private static void tamper(long seq, String detail) throws SQLException {
        try (Connection db = TestServer.database()) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement(); PreparedStatement update = db.prepareStatement(
                    "update audit_event set detail = ? where chain_seq = ?")) {
                s.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
                update.setString(1, detail);
                update.setLong(2, seq);
                update.executeUpdate();
                s.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
            }
            db.commit();
        }
    }
}

package org.vetlis.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations run on the H2 that ships with Payara, in the PostgreSQL mode the demo pool uses
 * (same URL flags as {@code payara-config}), not only on PostgreSQL.
 */
class MigrationsOnH2Test {

    @TempDir
    Path dir;

    private JdbcDataSource dataSource;

    @BeforeEach
    void newDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:" + dir.resolve("vetlis") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUser("sa");
        dataSource.setPassword("");
    }

    @Test
    void schemaMigrationsApplyAndCreateTheStartingTables() throws SQLException {
        MigrateResult result = Migrations.flyway(dataSource, false).migrate();

        assertThat(result.success).isTrue();
        assertThat(result.targetSchemaVersion).isEqualTo(newestVersionShipped());
        assertThat(tables()).contains("app_role", "app_user", "app_user_role", "audit_event", "inbound_message",
                "species", "breed", "owner", "patient", "specimen_type", "lab_test", "panel", "panel_test");
        assertThat(count("select count(*) from lab_test")).as("14 haematology, 22 chemistry, 2 endocrine, 3 urinalysis").isEqualTo(41);
        assertThat(count("select count(*) from panel_test where panel_code = 'CHEM17'")).isEqualTo(17);
        assertThat(count("select count(*) from species")).isEqualTo(13);
        assertThat(count("select count(distinct species_code) from reference_range")).as("dog, cat and horse ranges").isEqualTo(3);
        assertThat(count("select count(*) from reference_range where species_code = 'CAT' and test_code = 'ALP' and age_to_days = 365"))
                .as("a kitten's ALP band").isEqualTo(1);
        assertThat(count("select count(*) from breed b join species s on s.code = b.species_code where s.code = 'CAT'")).isPositive();
        assertThat(count("select count(*) from app_role")).isEqualTo(7);
        assertThat(count("select count(*) from app_user")).as("no demo users outside demo mode").isZero();
    }

    @Test
    void demoLocationAddsOneUserPerRoleWithoutPasswords() throws SQLException {
        Migrations.flyway(dataSource, true).migrate();

        assertThat(count("select count(*) from app_user")).isEqualTo(7);
        assertThat(count("select count(distinct role_code) from app_user_role")).isEqualTo(7);
        assertThat(count("select count(*) from app_user where password_hash is not null")).isZero();
    }

    @Test
    void migratingTwiceChangesNothing() throws SQLException {
        Migrations.flyway(dataSource, true).migrate();
        MigrateResult second = Migrations.flyway(dataSource, true).migrate();

        assertThat(second.migrationsExecuted).isZero();
        assertThat(count("select count(*) from app_user")).isEqualTo(7);
    }

    @Test
    void demoAnalyzersListenOnTheInstallationsPortAndTheNextAndPortsBelongToOneInstrument() throws SQLException {
        Migrations.flyway(dataSource, true, 29100).migrate();

        assertThat(count("select port from instrument where code = 'DEMO-CHEM'")).isEqualTo(29100);
        assertThat(count("select port from instrument where code = 'DEMO-HEM'")).isEqualTo(29101);
        assertThat(count("select count(*) from instrument_test_code where instrument_code = 'DEMO-HEM'")).isEqualTo(14);
        assertThat(count("select port from instrument where code = 'DEMO-HL7' and protocol = 'HL7'")).isEqualTo(29200);
        assertThatThrownBy(() -> execute("insert into instrument (code, name, protocol, listener, port)"
                + " values ('OTHER', 'Other', 'ASTM', 'other', 29100)")).isInstanceOf(SQLException.class);
    }

    @Test
    void rejectionReasonsAreTheLabsListAndTubesReferToItByForeignKey() throws SQLException {
        Migrations.flyway(dataSource, false).migrate();

        assertThat(count("select count(*) from rejection_reason where active")).as("the ten reasons the lab started with").isEqualTo(10);
        execute("insert into rejection_reason (code, label, sort_order) values ('NO_FORM', 'No request form', 110)");
        assertThat(count("select count(*) from information_schema.table_constraints where constraint_type = 'FOREIGN KEY'"
                + " and lower(constraint_name) in ('fk_specimen_reject_reason', 'fk_specimen_event_reason')")).isEqualTo(2);
        assertThat(count("select count(*) from information_schema.table_constraints where lower(constraint_name) = 'ck_specimen_reject_reason'"))
                .as("the fixed list of codes is gone").isZero();
    }

    @Test
    void theVendorFolderIsNamedAfterTheDatabase() {
        assertThat(Migrations.vendor(dataSource)).isEqualTo("h2");
    }

    @Test
    void usernamesAreUnique() throws SQLException {
        Migrations.flyway(dataSource, false).migrate();
        execute("insert into app_user (username, display_name) values ('vet', 'A')");

        assertThatThrownBy(() -> execute("insert into app_user (username, display_name) values ('vet', 'B')"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void inboundMessageKeepsRawBytes() throws SQLException {
        Migrations.flyway(dataSource, false).migrate();
        try (Connection c = dataSource.getConnection();
             var insert = c.prepareStatement("insert into inbound_message (received_at, listener, protocol, peer_address,"
                     + " payload, payload_size, payload_sha256) values (current_timestamp, 'demo', 'ASTM', '127.0.0.1', ?, 3, ?)")) {
            insert.setBytes(1, new byte[] {0x02, (byte) 0xC9, 0x03});
            insert.setString(2, "0".repeat(64));
            insert.executeUpdate();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select payload from inbound_message")) {
                rs.next();
                assertThat(rs.getBytes(1)).containsExactly(0x02, 0xC9, 0x03);
            }
        }
    }

    /** The highest V…__ migration among the shipped common migrations. */
    private static String newestVersionShipped() {
        try (var files = Files.list(Path.of("target/classes/db/migration/common"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("V"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .max(Comparator.comparing(BigDecimal::new))
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theIdsOfMessagesAuditEventsAndReceiptsComeInBlocksOf500PastEveryIdHandedOut() throws SQLException {
        Migrations.flyway(dataSource, false).migrate();
        for (String sequence : new String[] {"inbound_message_seq", "audit_event_seq", "result_receipt_seq"}) {
            long first = count("select nextval('" + sequence + "')");
            long second = count("select nextval('" + sequence + "')");
            assertThat(second - first).as(sequence).isEqualTo(500);
            // the application takes nextval N as the ids N-499 ... N: the first block starts after the first 50-block
            assertThat(first - 499).as(sequence).isGreaterThan(50);
        }
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

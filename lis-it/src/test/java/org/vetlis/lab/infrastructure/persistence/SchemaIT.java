package org.vetlis.lab.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;

/** What the deployment's migrations left in PostgreSQL, read with plain JDBC from outside the server. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyMigrationIsRecordedAsSuccessful() throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Connection db = TestServer.database(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(version, 'R') || ' ' || description || ' ' || success"
                     + " from flyway_schema_history order by installed_rank")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        }
        assertThat(applied).containsExactly(
                "1 users roles audit true",
                "1.1 audit event append only true",
                "2 inbound message true",
                "3 species and breeds true",
                "4 owners and patients true",
                "5 test catalogue true",
                "6 audit chain true",
                "6.1 patient search indexes true",
                "7 orders true",
                "8 order list indexes true",
                "9 specimen history true",
                "10 catalogue administration true",
                "11 instruments and results true",
                "12 instrument ports true",
                "13 message control id true",
                "14 analyzer range and comment true",
                "15 rejection reasons and specimen types true",
                "16 worklist order true",
                "17 reference ranges true",
                "18 critical alerts true",
                "19 delta checks true",
                "20 units and species validity true",
                "21 autoverification amendments reports true",
                "22 turnaround index true",
                "23 label printers true",
                "24 patient photos true",
                "25 print on order save true",
                "26 quality control true",
                "27 Larger id blocks true",
                "R demo instruments true",
                "R demo users true");
    }

    @Test
    void theNewestOrdersArePagedFromAnIndexNotSortedWhole() throws SQLException {
        try (Connection db = TestServer.database(); Statement s = db.createStatement()) {
            // a small table would be read whole anyway; the plan must not need to, whatever its size
            s.execute("set enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("explain select * from lab_order order by created_at desc, id desc limit 50")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertThat(plan).contains("Index Scan Backward using ix_lab_order_created").doesNotContain("Sort");
        }
    }

    @Test
    void aWorklistPageOfOneStatusOrAnyIsReadFromAnIndexAloneNotSortedWhole() throws SQLException {
        try (Connection db = TestServer.database(); Statement s = db.createStatement()) {
            s.execute("set enable_seqscan = off");
            // as the repository asks it, with bound parameters and the plan PostgreSQL keeps for a prepared statement
            s.execute("set plan_cache_mode = force_generic_plan");
            s.execute("prepare one_status(boolean, varchar, int, int) as select id from test_run where reportable = $1 and status = $2"
                    + " order by urgency_rank, ordered_at, id limit $3 offset $4");
            s.execute("prepare any_status(boolean, int, int) as select id from test_run where reportable = $1"
                    + " order by urgency_rank, ordered_at, id limit $2 offset $3");
            assertThat(plan(s, "explain execute one_status(true, 'RESULTED', 50, 1000)"))
                    .contains("Index Only Scan using ix_test_run_worklist on test_run").doesNotContain("Sort", "Filter");
            assertThat(plan(s, "explain execute any_status(true, 50, 1000)"))
                    .contains("Index Only Scan using ix_test_run_worklist_any on test_run").doesNotContain("Sort", "Filter");
        }
    }

    private static String plan(Statement s, String explain) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = s.executeQuery(explain)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    @Test
    void auditHistoryCannotBeChangedOrDeleted() throws SQLException {
        try (Connection db = TestServer.database(); Statement s = db.createStatement()) {
            // the first event of the chain: the deployment's start wrote it (generated demo passwords)
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set actor = 'forged' where chain_seq = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event where chain_seq = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("truncate audit_event"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void demoModeCreatedOneUserPerRoleWithAPassword() throws SQLException {
        try (Connection db = TestServer.database(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select count(distinct r.role_code) from app_user u join app_user_role r on r.user_id = u.id"
                     + " where u.password_hash like 'PBKDF2WithHmacSHA512:%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(7);
        }
    }
}

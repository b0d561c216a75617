package org.vetlis.interfaces.rest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vetlis.it.ApiClient.json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

/**
 * Turnaround times of a seeded day: five glucose tests placed, received, resulted, verified and reported through the
 * API, then moved to a day of their own with known step times; the API's medians and 90th percentiles must match
 * both the figures worked out here and PostgreSQL's percentile_cont over the same rows.
 */
@ExtendWith(ArquillianExtension.class)
class TurnaroundIT {

    private static final LocalDate DAY = LocalDate.of(2001, 3, 14);
    private static final OffsetDateTime MORNING = DAY.atTime(8, 0).atOffset(ZoneOffset.UTC);
    /** Minutes of each step of the five runs: received after ordering, resulted after receipt, and so on. */
    private static final int[] TO_RECEIVED = {10, 20, 30, 40, 50};
    private static final int[] TO_RESULTED = {5, 15, 25, 35, 100};
    private static final int[] TO_VERIFIED = {1, 2, 3, 4, 30};
    private static final int[] TO_REPORTED = {60, 60, 60, 90, 120};

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theFiguresOfASeededDayMatchThoseComputedIndependently() throws SQLException {
        List<Long> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            orders.add(throughTheLab());
        }
        try (Connection db = TestServer.database()) {
            for (int i = 0; i < 5; i++) {
                seed(db, orders.get(i), i);
            }
        }

        JsonObject tat = json(api.get("manager", "/metrics/tat?from=" + DAY + "&to=" + DAY + "&test=GLU"));
        JsonObject group = tat.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(g -> "GLU".equals(g.getString("test")) && "STAT".equals(g.getString("urgency"))).findFirst().orElseThrow();
        assertThat(group.getString("day")).isEqualTo(DAY.toString());
        assertThat(group.getInt("runs")).isEqualTo(5);
        JsonObject steps = group.getJsonObject("steps");

        expect(steps, "orderedToReceived", TO_RECEIVED);
        expect(steps, "receivedToResulted", TO_RESULTED);
        expect(steps, "resultedToVerified", TO_VERIFIED);
        expect(steps, "verifiedToReported", TO_REPORTED);
        expect(steps, "orderedToVerified", sum(TO_RECEIVED, TO_RESULTED, TO_VERIFIED));
        // 10+5+1=16, 20+15+2=37, 30+25+3=58, 40+35+4=79, 50+100+30=180: median 58, p90 = 79 + 0.6 × (180 − 79)
        assertThat(steps.getJsonObject("orderedToVerified").getJsonNumber("p90Minutes").doubleValue()).isCloseTo(139.6, within(1e-9));

        try (Connection db = TestServer.database()) {
            double[] postgres = percentiles(db, orders);
            assertThat(steps.getJsonObject("orderedToVerified").getJsonNumber("medianMinutes").doubleValue()).isCloseTo(postgres[0], within(1e-6));
            assertThat(steps.getJsonObject("orderedToVerified").getJsonNumber("p90Minutes").doubleValue()).isCloseTo(postgres[1], within(1e-6));
        }

        JsonObject byDay = json(api.get("viewer", "/metrics/tat?from=" + DAY + "&to=" + DAY + "&groupBy=day"));
        assertThat(byDay.getJsonArray("groups")).hasSize(1);
        assertThat(byDay.getJsonArray("groups").getJsonObject(0).getString("test", null)).as("not grouped by test").isNull();
        assertThat(api.get("manager", "/metrics/tat?from=2001-01-01&to=2001-03-14").statusCode()).as("31 days at most").isEqualTo(422);
        assertThat(api.get("manager", "/metrics/tat?groupBy=colour").statusCode()).isEqualTo(422);
        assertThat(api.get("reception", "/metrics/tat").statusCode()).isEqualTo(403);
    }

    /** A STAT glucose for a new dog: placed, received, resulted, verified, reported. */
    private long throughTheLab() {
        long owner = json(api.post("reception", "/owners", Json.createObjectBuilder().add("lastName", "Turnaround").build()))
                .getJsonNumber("id").longValue();
        long dog = json(api.post("reception", "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", "Tat")
                .add("species", "DOG").add("sex", "MALE").add("neuterStatus", "INTACT").build())).getJsonNumber("id").longValue();
        JsonObject order = json(api.post("reception", "/orders", Json.createObjectBuilder().add("patientId", dog).add("urgency", "STAT")
                .add("tests", Json.createArrayBuilder().add("GLU")).build()));
        api.post("tech", "/specimens/" + order.getJsonArray("specimens").getJsonObject(0).getString("accession") + "/receive",
                Json.createObjectBuilder().build());
        long run = order.getJsonArray("testRuns").getJsonObject(0).getJsonNumber("id").longValue();
        api.post("tech", "/test-runs/" + run + "/result", Json.createObjectBuilder().add("value", "5.5").build());
        api.post("pathologist", "/test-runs/" + run + "/verify", Json.createObjectBuilder().build());
        long id = order.getJsonNumber("id").longValue();
        assertThat(api.post("pathologist", "/orders/" + id + "/release", Json.createObjectBuilder().build()).statusCode()).isEqualTo(200);
        return id;
    }

    /** Moves order {@code i}'s moments to the seeded day, each step taking the minutes given above. */
    private static void seed(Connection db, long orderId, int i) throws SQLException {
        OffsetDateTime received = MORNING.plusMinutes(TO_RECEIVED[i]);
        OffsetDateTime resulted = received.plusMinutes(TO_RESULTED[i]);
        OffsetDateTime verified = resulted.plusMinutes(TO_VERIFIED[i]);
        OffsetDateTime reported = verified.plusMinutes(TO_REPORTED[i]);
        update(db, "update lab_order set created_at = ?, reported_at = ? where id = ?", MORNING, reported, orderId);
        update(db, "update specimen set received_at = ? where order_id = ?", received, orderId);
        update(db, "update test_run set ordered_at = ?, entered_at = ?, verified_at = ? where order_id = ?", MORNING, resulted, verified, orderId);
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            assertThat(s.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    /** PostgreSQL's own median and 90th percentile of ordered-to-verified minutes over the seeded rows. */
    private static double[] percentiles(Connection db, List<Long> orders) throws SQLException {
        String sql = "select percentile_cont(0.5) within group (order by m), percentile_cont(0.9) within group (order by m)"
                + " from (select extract(epoch from (r.verified_at - r.ordered_at)) / 60 as m from test_run r where r.order_id = any (?)) t";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setArray(1, db.createArrayOf("bigint", orders.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new double[] {rs.getDouble(1), rs.getDouble(2)};
            }
        }
    }

    /** The step's count, median and p90 as worked out here from the seeded minutes (nearest ranks interpolated). */
    private static void expect(JsonObject steps, String step, int[] minutes) {
        double[] sorted = Arrays.stream(minutes).asDoubleStream().sorted().toArray();
        JsonObject figures = steps.getJsonObject(step);
        assertThat(figures.getInt("count")).as(step).isEqualTo(minutes.length);
        assertThat(figures.getJsonNumber("medianMinutes").doubleValue()).as(step + " median").isCloseTo(interpolated(sorted, 0.5), within(1e-9));
        assertThat(figures.getJsonNumber("p90Minutes").doubleValue()).as(step + " p90").isCloseTo(interpolated(sorted, 0.9), within(1e-9));
    }

    private static double interpolated(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int low = (int) rank;
        return low + 1 < sorted.length ? sorted[low] + (rank - low) * (sorted[low + 1] - sorted[low]) : sorted[low];
    }

    private static int[] sum(int[]... steps) {
        int[] total = new int[steps[0].length];
        for (int[] step : steps) {
            for (int i = 0; i < total.length; i++) {
                total[i] += step[i];
            }
        }
        return total;
    }
}

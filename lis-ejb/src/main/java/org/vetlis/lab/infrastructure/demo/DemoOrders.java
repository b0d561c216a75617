package org.vetlis.lab.infrastructure.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.vetlis.lab.domain.order.AccessionFormat;
import org.vetlis.lab.domain.order.Urgency;

/**
 * Writes demo orders over the last days or months (about 250 a day, at most a year back) with their specimens and test runs, in the shape the lab would have left
 * them: old orders verified with instrument results, yesterday's awaiting verification, today's still being worked
 * on. Orders pick panels and single tests from the seeded catalogue, so the rows are what placing orders through the
 * API would have written (one specimen per specimen type, one reportable run per test). Plain JDBC batches, for speed.
 */
final class DemoOrders {

    /** What an order can ask for: the panels of the catalogue, and some single tests, with how often (per hundred). */
    private static final String[] CHOICES = {"CBC", "CHEM17", "PREOP", "SENIOR", "CBC+CHEM17", "T4", "SDMA", "USG+UPC"};
    private static final int[] CHOICES_PER_HUNDRED = {25, 15, 20, 10, 15, 7, 5, 3};
    private static final String[] CLINICS = {"Kleintierpraxis am See", "Riverside Veterinary Clinic", "Clinique du Parc",
        "Pferdeklinik Talhof", "Northside Animal Hospital"};
    private static final String[] VETS = {"Dr. A. Keller", "Dr. J. Moreau", "Dr. S. Patel", "Dr. L. Rossi", "Dr. M. Berger"};
    /** A busy lab takes about 250 orders a day: fewer orders are spread over fewer days (at most a year). */
    private static final int ORDERS_PER_DAY = 250;

    private record TestDef(String code, String specimenType, String unit, int decimals) {
    }

    private final Connection c;
    private final Random random;
    private final Map<String, List<TestDef>> choices = new LinkedHashMap<>();
    private final long[] patients;
    private final AccessionFormat accessions;

    private DemoOrders(Connection c, Random random, long[] patients, AccessionFormat accessions) {
        this.c = c;
        this.random = random;
        this.patients = patients;
        this.accessions = accessions;
    }

    /** Writes {@code count} orders for patients already in the database; returns how many test runs were written. */
    static long write(Connection c, Random random, int count, AccessionFormat accessions) throws SQLException {
        long[] patients = DemoIds.existing(c, "patient", 1_000_000);
        if (patients.length == 0) {
            throw new SQLException("there are no patients to order for: generate patients first");
        }
        DemoOrders orders = new DemoOrders(c, random, patients, accessions);
        orders.readCatalogue();
        return orders.insert(count);
    }

    private void readCatalogue() throws SQLException {
        Map<String, TestDef> tests = new LinkedHashMap<>();
        Map<String, List<String>> panels = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("select code, specimen_type, unit, decimals from lab_test where active order by sort_order");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                tests.put(rs.getString(1), new TestDef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
            }
        }
        try (PreparedStatement q = c.prepareStatement("select p.panel_code, p.test_code from panel_test p join lab_test t on t.code = p.test_code"
                + " order by p.panel_code, t.sort_order");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                panels.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        for (String choice : CHOICES) {
            Map<String, TestDef> picked = new LinkedHashMap<>();
            for (String part : choice.split("\\+")) {
                for (String code : panels.getOrDefault(part, List.of(part))) {
                    TestDef test = tests.get(code);
                    if (test == null) {
                        throw new SQLException("the demo orders need test or panel " + code + " in the catalogue");
                    }
                    picked.putIfAbsent(code, test);
                }
            }
            choices.put(choice, List.copyOf(picked.values()));
        }
    }

    private long insert(int count) throws SQLException {
        long runTotal = 0;
        long firstOrder = DemoIds.reserveRange(c, "lab_order_seq", count);
        Instant now = Instant.now();
        Duration span = Duration.ofMinutes(Math.max(60, Math.min(365L * 24 * 60, count * 24L * 60 / ORDERS_PER_DAY)));
        Instant start = now.minus(span);
        long stepMillis = span.toMillis() / Math.max(1, count);
        try (PreparedStatement order = c.prepareStatement("insert into lab_order (id, patient_id, clinic, veterinarian, placer,"
                + " placer_order_id, urgency, status, created_at, created_by, updated_at, version) values (?, ?, ?, ?, 'integration', ?, ?, ?, ?,"
                + " 'integration', ?, 1)");
             PreparedStatement specimen = c.prepareStatement("insert into specimen (id, order_id, accession, specimen_type, status,"
                     + " collected_at, collected_by, received_at, received_by, version) values (?, ?, ?, ?, ?, ?, 'clinic', ?, ?, 1)");
             PreparedStatement event = c.prepareStatement("insert into specimen_event (id, specimen_id, event, at, actor) values (?, ?, ?, ?, ?)");
             PreparedStatement run = c.prepareStatement("insert into test_run (id, order_id, specimen_id, test_code, run_number, reportable,"
                     + " status, value_numeric, unit, source, entered_by, entered_at, verified_by, verified_at, version, urgency_rank, ordered_at)"
                     + " values (?, ?, ?, ?, 1, true, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
             PreparedStatement accession = c.prepareStatement("select nextval('accession_seq')");
             DemoIds specimenIds = new DemoIds(c, "specimen_seq");
             DemoIds runIds = new DemoIds(c, "test_run_seq");
             DemoIds eventIds = new DemoIds(c, "specimen_event_seq")) {
            for (int i = 0; i < count; i++) {
                long id = firstOrder + i;
                Instant created = start.plusMillis(i * stepMillis + random.nextInt((int) Math.max(1, stepMillis)));
                Duration age = Duration.between(created, now);
                List<TestDef> tests = choices.get(pick());
                String status = statusFor(age, tests.size());
                order.setLong(1, id);
                order.setLong(2, patients[random.nextInt(patients.length)]);
                order.setString(3, CLINICS[random.nextInt(CLINICS.length)]);
                order.setString(4, VETS[random.nextInt(VETS.length)]);
                order.setString(5, "D" + id);
                Urgency urgency = random.nextInt(20) == 0 ? Urgency.STAT : random.nextInt(8) == 0 ? Urgency.URGENT : Urgency.ROUTINE;
                order.setString(6, urgency.name());
                order.setString(7, status);
                order.setTimestamp(8, Timestamp.from(created));
                order.setTimestamp(9, Timestamp.from(created.plus(age.compareTo(Duration.ofHours(4)) > 0 ? Duration.ofHours(4) : age)));
                order.addBatch();
                Map<String, Long> specimenOf = new LinkedHashMap<>();
                int runIndex = 0;
                boolean received = !"ENTERED".equals(status);
                for (TestDef test : tests) {
                    Long specimenId = specimenOf.get(test.specimenType());
                    if (specimenId == null) {
                        specimenId = specimenIds.next();
                        specimenOf.put(test.specimenType(), specimenId);
                        specimen.setLong(1, specimenId);
                        specimen.setLong(2, id);
                        Instant collected = created.minus(Duration.ofMinutes(30));
                        Instant receivedAt = received ? created.plus(Duration.ofMinutes(20)) : null;
                        specimen.setString(3, accessions.issue(created.atOffset(ZoneOffset.UTC).getYear(), nextSequence(accession)).value());
                        specimen.setString(4, test.specimenType());
                        specimen.setString(5, received ? "RECEIVED" : "EXPECTED");
                        specimen.setTimestamp(6, Timestamp.from(collected));
                        specimen.setTimestamp(7, receivedAt == null ? null : Timestamp.from(receivedAt));
                        specimen.setString(8, received ? "reception" : null);
                        specimen.addBatch();
                        // the tube's history, as the application would have recorded it step by step
                        addEvent(event, eventIds.next(), specimenId, "COLLECTED", collected, "clinic");
                        addEvent(event, eventIds.next(), specimenId, "LABELLED", created, "integration");
                        if (receivedAt != null) {
                            addEvent(event, eventIds.next(), specimenId, "RECEIVED", receivedAt, "reception");
                        }
                    }
                    fillRun(run, runIds.next(), id, specimenId, test, runStatus(status, runIndex++), created);
                    run.setInt(13, urgency.rank());
                    run.setTimestamp(14, Timestamp.from(created));
                    run.addBatch();
                    runTotal++;
                }
                if ((i + 1) % 500 == 0) {
                    order.executeBatch();
                    specimen.executeBatch();
                    event.executeBatch();
                    run.executeBatch();
                    c.commit();
                }
            }
            order.executeBatch();
            specimen.executeBatch();
            event.executeBatch();
            run.executeBatch();
        }
        return runTotal;
    }

    private void fillRun(PreparedStatement run, long runId, long orderId, long specimenId, TestDef test, String status, Instant created)
            throws SQLException {
        boolean resulted = "RESULTED".equals(status) || "VERIFIED".equals(status);
        boolean verified = "VERIFIED".equals(status);
        run.setLong(1, runId);
        run.setLong(2, orderId);
        run.setLong(3, specimenId);
        run.setString(4, test.code());
        run.setString(5, status);
        run.setBigDecimal(6, resulted ? BigDecimal.valueOf(1 + random.nextInt(2000), Math.min(2, test.decimals())) : null);
        run.setString(7, resulted ? test.unit() : null);
        run.setString(8, resulted ? "INSTRUMENT" : null);
        run.setString(9, resulted ? "analyzer" : null);
        run.setTimestamp(10, resulted ? Timestamp.from(created.plus(Duration.ofHours(1))) : null);
        run.setString(11, verified ? "pathologist" : null);
        run.setTimestamp(12, verified ? Timestamp.from(created.plus(Duration.ofHours(3))) : null);
    }

    private static long nextSequence(PreparedStatement accession) throws SQLException {
        try (ResultSet rs = accession.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void addEvent(PreparedStatement event, long id, long specimenId, String kind, Instant at, String actor)
            throws SQLException {
        event.setLong(1, id);
        event.setLong(2, specimenId);
        event.setString(3, kind);
        event.setTimestamp(4, Timestamp.from(at));
        event.setString(5, actor);
        event.addBatch();
    }

    /** Old orders were finished long ago; the last day's are still on their way through the lab. */
    private String statusFor(Duration age, int tests) {
        if (random.nextInt(200) == 0) {
            return "CANCELLED";
        }
        if (age.toHours() > 48) {
            return random.nextInt(10) == 0 ? "VERIFIED" : "REPORTED";
        }
        if (age.toHours() > 24) {
            return random.nextBoolean() ? "VERIFIED" : "RESULTED";
        }
        String[] today = {"ENTERED", "IN_PROGRESS", tests > 1 ? "PARTIALLY_RESULTED" : "IN_PROGRESS", "RESULTED"};
        return today[random.nextInt(today.length)];
    }

    /** The status of the order's {@code runIndex}-th run that gives the order the status written (see OrderStatus.derive). */
    private static String runStatus(String orderStatus, int runIndex) {
        return switch (orderStatus) {
            case "REPORTED", "VERIFIED" -> "VERIFIED";
            case "RESULTED" -> "RESULTED";
            case "PARTIALLY_RESULTED" -> runIndex % 2 == 0 ? "RESULTED" : "PENDING";
            case "CANCELLED" -> "CANCELLED";
            default -> "PENDING";
        };
    }

    private String pick() {
        int pick = random.nextInt(100);
        for (int i = 0; i < CHOICES.length; i++) {
            pick -= CHOICES_PER_HUNDRED[i];
            if (pick < 0) {
                return CHOICES[i];
            }
        }
        return CHOICES[0];
    }
}

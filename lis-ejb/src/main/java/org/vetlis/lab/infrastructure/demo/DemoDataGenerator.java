package org.vetlis.lab.infrastructure.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.vetlis.lab.domain.order.AccessionFormat;
import org.vetlis.lab.domain.shared.SearchKey;

/**
 * Fills a demo database with plausible owners, animals and orders for benchmarks and demonstrations: JDBC batches
 * committed every {@value #COMMIT_EVERY} rows, so a million patients take a minute, not an hour, and never one
 * giant transaction. Deterministic for a given seed. Refuses to run unless demo mode is on (checked by the caller).
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataGenerator {

    private static final Logger LOG = Logger.getLogger(DemoDataGenerator.class.getName());
    private static final int COMMIT_EVERY = 5000;

    private static final String[] SURNAMES = {"Meier", "Muller", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer",
        "Steiner", "Fischer", "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Wyss", "Graf", "Roth",
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans",
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Rossi", "Russo"};
    private static final String[] FIRST_NAMES = {"Anna", "Peter", "Maria", "Thomas", "Laura", "Daniel", "Sarah", "Marco",
        "Julia", "Lukas", "Emma", "David", "Lea", "Simon", "Nina", "Michael", "Sophie", "Jan", "Claire", "Paul"};
    private static final String[] PET_NAMES = {"Bella", "Luna", "Max", "Charlie", "Lucy", "Milo", "Daisy", "Rocky", "Coco",
        "Simba", "Nala", "Oscar", "Molly", "Leo", "Kiki", "Felix", "Tiger", "Bruno", "Lilly", "Sam", "Zora", "Mimi", "Rex",
        "Balou", "Jack", "Mia", "Toby", "Cleo", "Loki", "Pepper", "Ginger", "Shadow", "Misty", "Smokey", "Oreo", "Nemo"};
    /** Species with how often a lab sees them (per thousand). */
    private static final String[] SPECIES = {"DOG", "CAT", "HORSE", "RABBIT", "CATTLE", "GUINEA_PIG", "FERRET", "BIRD", "REPTILE", "SHEEP", "GOAT", "PIG"};
    private static final int[] SPECIES_PER_MILLE = {450, 380, 60, 30, 20, 15, 10, 10, 8, 7, 5, 5};

    @Resource(lookup = "jdbc/vetlis")
    private DataSource dataSource;

    @Inject
    private AccessionFormat accessionFormat;

    /** What was made. */
    public record Seeded(long owners, long patients, long orders, long testRuns, long millis) {
    }

    /** Owners, patients spread over them, then orders spread over the newest million patients (of any run). */
    public Seeded generate(int ownerCount, int patientCount, int orderCount, long seed) {
        long started = System.currentTimeMillis();
        Random random = new Random(seed);
        long runs = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (ownerCount > 0) {
                long firstOwner = DemoIds.reserveRange(c, "owner_seq", ownerCount);
                insertOwners(c, random, firstOwner, ownerCount);
                insertPatients(c, random, firstOwner, ownerCount, DemoIds.reserveRange(c, "patient_seq", patientCount), patientCount);
                c.commit();
            }
            if (orderCount > 0) {
                runs = DemoOrders.write(c, random, orderCount, accessionFormat);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("demo data could not be written: " + e.getMessage(), e);
        }
        Seeded seeded = new Seeded(ownerCount, patientCount, orderCount, runs, System.currentTimeMillis() - started);
        LOG.info(() -> "Demo data: " + seeded);
        return seeded;
    }

    private void insertOwners(Connection c, Random random, long firstId, int count) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = c.prepareStatement("insert into owner (id, last_name, last_name_key, first_name, phone,"
                + " phone_digits, email, city, country, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 'CH', ?, ?, 1)")) {
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                String surname = SURNAMES[random.nextInt(SURNAMES.length)];
                String digits = String.format("4179%07d", random.nextInt(10_000_000));
                insert.setLong(1, id);
                insert.setString(2, surname);
                insert.setString(3, SearchKey.of(surname));
                insert.setString(4, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]);
                insert.setString(5, "+" + digits);
                insert.setString(6, digits);
                insert.setString(7, SearchKey.of(surname) + id + "@demo.vetlis.invalid");
                insert.setString(8, "Demoville");
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.addBatch();
                flush(c, insert, i + 1);
            }
            insert.executeBatch();
        }
    }

    private void insertPatients(Connection c, Random random, long firstOwner, int owners, long firstId, int count) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate today = LocalDate.now();
        try (PreparedStatement insert = c.prepareStatement("insert into patient (id, owner_id, name, name_key, species_code, sex,"
                + " neuter_status, date_of_birth, weight_kg, weight_measured_on, microchip, active, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, 1)")) {
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                String species = species(random);
                insert.setLong(1, id);
                insert.setLong(2, firstOwner + random.nextInt(Math.max(1, owners)));
                String name = PET_NAMES[random.nextInt(PET_NAMES.length)] + (i % 7 == 0 ? " " + (char) ('A' + random.nextInt(26)) : "");
                insert.setString(3, name);
                insert.setString(4, SearchKey.of(name));
                insert.setString(5, species);
                insert.setString(6, random.nextBoolean() ? "MALE" : "FEMALE");
                insert.setString(7, random.nextInt(3) == 0 ? "INTACT" : "NEUTERED");
                insert.setDate(8, Date.valueOf(today.minusDays(60 + random.nextInt(6000))));
                insert.setBigDecimal(9, BigDecimal.valueOf(1 + random.nextInt(60_000), 3));
                insert.setDate(10, Date.valueOf(today.minusDays(random.nextInt(365))));
                // ISO 11784: the demo range uses manufacturer code 900 plus the patient id, so chips stay unique
                insert.setString(11, "DOG".equals(species) || "CAT".equals(species) ? String.format("900%012d", id) : null);
                insert.setTimestamp(12, now);
                insert.setTimestamp(13, now);
                insert.addBatch();
                flush(c, insert, i + 1);
            }
            insert.executeBatch();
        }
    }

    private static void flush(Connection c, PreparedStatement insert, int done) throws SQLException {
        if (done % 1000 == 0) {
            insert.executeBatch();
        }
        if (done % COMMIT_EVERY == 0) {
            c.commit();
        }
    }

    private static String species(Random random) {
        int pick = random.nextInt(1000);
        for (int s = 0; s < SPECIES.length; s++) {
            pick -= SPECIES_PER_MILLE[s];
            if (pick < 0) {
                return SPECIES[s];
            }
        }
        return "DOG";
    }
}

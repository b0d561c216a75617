package org.vetlis.lab.infrastructure.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.vetlis.lab.domain.order.AccessionNumber;
import org.vetlis.lab.domain.order.LabDay;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.OrderComment;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.order.ResultVersion;
import org.vetlis.lab.domain.order.RunReference;
import org.vetlis.lab.domain.order.OrderStatus;
import org.vetlis.lab.domain.order.PreviousResult;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.TestRunStatus;
import org.vetlis.lab.domain.order.Urgency;
import org.vetlis.lab.domain.order.WorklistQuery;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public Optional<LabOrder> find(long id) {
        return Optional.ofNullable(em.find(LabOrder.class, id));
    }

    @Override
    public List<TestRun> verifiedFrom(String instrument, String test, OffsetDateTime after, OffsetDateTime upTo) {
        return em.createQuery("select r from TestRun r where r.instrumentCode = :instrument and r.testCode = :test"
                        + " and r.status = org.vetlis.lab.domain.order.TestRunStatus.VERIFIED and r.attestation.enteredAt > :after"
                        + " and r.attestation.enteredAt <= :upTo order by r.attestation.enteredAt, r.id", TestRun.class)
                .setParameter("instrument", instrument).setParameter("test", test)
                .setParameter("after", after == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : after).setParameter("upTo", upTo)
                .getResultList();
    }

    @Override
    public boolean placedAnyFor(long patientId, String placer) {
        return !em.createQuery("select o.id from LabOrder o where o.patient.id = :patient and o.placement.placer = :placer", Long.class)
                .setParameter("patient", patientId).setParameter("placer", placer).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<LabOrder> placedBefore(String placer, String idempotencyKey, String placerOrderId) {
        if (idempotencyKey != null) {
            Optional<LabOrder> byKey = em.createNamedQuery("LabOrder.byIdempotencyKey", LabOrder.class)
                    .setParameter("placer", placer).setParameter("key", idempotencyKey).getResultStream().findFirst();
            if (byKey.isPresent()) {
                return byKey;
            }
        }
        if (placerOrderId != null) {
            return em.createNamedQuery("LabOrder.byPlacerOrderId", LabOrder.class)
                    .setParameter("placer", placer).setParameter("number", placerOrderId).getResultStream().findFirst();
        }
        return Optional.empty();
    }

    @Override
    public Optional<LabOrder> findByRun(long runId) {
        return em.createQuery("select r.order from TestRun r where r.id = :id", LabOrder.class)
                .setParameter("id", runId).getResultStream().findFirst();
    }

    @Override
    public void lockForChange(LabOrder order) {
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        // the order's runs as the last writer left them (a refresh of the order does not reach them)
        em.createQuery("select r from TestRun r where r.order = :order", TestRun.class).setParameter("order", order)
                .setHint("eclipselink.refresh", "true").getResultList();
    }

    @Override
    public Optional<LabOrder> findBySpecimen(AccessionNumber accession) {
        return em.createNamedQuery("LabOrder.bySpecimen", LabOrder.class).setParameter("accession", accession.value())
                .getResultStream().findFirst();
    }

    @Override
    public long nextAccessionSequence() {
        return ((Number) em.createNativeQuery("select nextval('accession_seq')").getSingleResult()).longValue();
    }

    @Override
    public Page<LabOrder> search(OrderStatus status, Long patientId, OffsetDateTime from, OffsetDateTime to, PageRequest page) {
        JpqlSearch<LabOrder> search = new JpqlSearch<>(em, LabOrder.class, "select o from LabOrder o", "select count(o) from LabOrder o");
        if (status != null) {
            search.where("o.status = :status", "status", status);
        }
        if (patientId != null) {
            search.where("o.patient.id = :patient", "patient", patientId);
        }
        if (from != null) {
            search.where("o.createdAt >= :from", "from", from);
        }
        if (to != null) {
            search.where("o.createdAt < :to", "to", to);
        }
        // a page shows each order whole: its patient, specimens, runs and comments come in one query each for the
        // page (WHERE order_id IN …), not one per order
        // (EclipseLink's hints, by name: the JPA provider of the server)
        for (String part : new String[] {"o.patient", "o.specimens", "o.runs", "o.comments"}) {
            search.hint("eclipselink.batch", part);
        }
        search.hint("eclipselink.batch.type", "IN");
        return search.page(page, "o.createdAt desc, o.id desc");
    }

    @Override
    public void store(OrderComment comment) {
        em.persist(comment);
    }

    @Override
    public List<RunReference> referencesOf(Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r.id, o.id, o.placement.placerOrderId, r.testCode from TestRun r join r.order o where r.id in :ids", Object[].class)
                .setParameter("ids", runIds).getResultList().stream()
                .map(row -> new RunReference((Long) row[0], (Long) row[1], (String) row[2], (String) row[3])).toList();
    }

    @Override
    public Map<Long, String> placerOrderIds(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> numbers = new HashMap<>();
        em.createQuery("select o.id, o.placement.placerOrderId from LabOrder o where o.id in :ids and o.placement.placerOrderId is not null", Object[].class)
                .setParameter("ids", orderIds).getResultList().forEach(row -> numbers.put((Long) row[0], (String) row[1]));
        return numbers;
    }

    @Override
    public void store(ResultVersion version) {
        em.persist(version);
    }

    @Override
    public void store(TestRun run) {
        if (run.id() == null) {
            em.persist(run);
        }
    }

    @Override
    public void store(LabOrder order) {
        if (order.id() == null) {
            em.persist(order);
        }
    }

    @Override
    public LabDay daySince(OffsetDateTime from, int maxStatOrders) {
        Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
        em.createQuery("select o.status, count(o) from LabOrder o where o.createdAt >= :from group by o.status", Object[].class)
                .setParameter("from", from).getResultList().forEach(row -> byStatus.put((OrderStatus) row[0], (Long) row[1]));
        List<LabOrder> stat = em.createQuery("select o from LabOrder o where o.createdAt >= :from and o.urgency = :stat"
                        + " and o.status not in :done order by o.createdAt", LabOrder.class)
                .setParameter("from", from).setParameter("stat", Urgency.STAT)
                .setParameter("done", List.of(OrderStatus.VERIFIED, OrderStatus.REPORTED, OrderStatus.CANCELLED))
                .setMaxResults(maxStatOrders).getResultList();
        long toVerify = em.createQuery("select count(r) from TestRun r where r.status = :resulted and r.reportable = :reportable", Long.class)
                .setParameter("resulted", TestRunStatus.RESULTED).setParameter("reportable", Boolean.TRUE).getSingleResult();
        List<Duration> turnarounds = em.createQuery("select r.order.createdAt, r.attestation.verifiedAt from TestRun r where r.attestation.verifiedAt >= :from",
                        Object[].class).setParameter("from", from).getResultList().stream()
                .map(row -> Duration.between((OffsetDateTime) row[0], (OffsetDateTime) row[1])).toList();
        return new LabDay(byStatus, stat, toVerify, turnarounds);
    }

    @Override
    public Map<String, PreviousResult> previousVerified(long patientId, Collection<String> testCodes, OffsetDateTime since,
                                                        Collection<Long> excluding) {
        Map<String, PreviousResult> latest = new java.util.HashMap<>();
        if (testCodes.isEmpty()) {
            return latest;
        }
        // on the run's own test_code column: joining the catalogue's table made PostgreSQL's generic plan walk the verified
        // runs of the lab (60 ms) instead of the animal's orders (1 ms)
        em.createQuery("select r.testCode, r.value.numeric, r.orderedAt, r.order.id from TestRun r where r.order.patient.id = :patient"
                        + " and r.testCode in :tests and r.status = :verified and r.reportable = :reportable"
                        + " and r.value.numeric is not null and r.orderedAt >= :since and r.id not in :excluding"
                        + " order by r.orderedAt desc, r.id desc", Object[].class)
                .setParameter("patient", patientId).setParameter("tests", testCodes).setParameter("verified", TestRunStatus.VERIFIED)
                .setParameter("reportable", Boolean.TRUE).setParameter("since", since)
                .setParameter("excluding", excluding.isEmpty() ? List.of(-1L) : excluding)
                // verified results of earlier orders: nothing the caller's pending changes (a message's results) could
                // alter, so those are not flushed for it
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().forEach(row -> latest.putIfAbsent((String) row[0],
                        new PreviousResult((java.math.BigDecimal) row[1], (OffsetDateTime) row[2], ((Number) row[3]).longValue())));
        return latest;
    }

    @Override
    public Page<TestRun> worklist(WorklistQuery query, PageRequest page) {
        // First the ids of the page, then those runs. The ids come from an index alone (ix_test_run_worklist for one
        // status, ix_test_run_worklist_any for any), in the order the page is read, whatever plan PostgreSQL keeps for
        // the statement; selecting whole rows instead, its generic plan walked the any-status index and filtered a
        // million runs (300 ms at page 20 instead of 1 ms). Matches are counted up to WorklistQuery.COUNT_LIMIT: an
        // exact count of a million verified runs costs more than the page, and nobody pages through them to the end.
        JpqlSearch<Long> search = new JpqlSearch<>(em, Long.class, "select r.id from TestRun r", "select r.id from TestRun r");
        search.where("r.reportable = :reportable", "reportable", Boolean.TRUE);
        // bound, not written into the SQL: EclipseLink writes a boolean as 1 for H2, which H2 2 refuses to compare
        search.hint("eclipselink.jdbc.bind-parameters", "TRUE");
        if (query.status() != null) {
            search.where("r.status = :status", "status", query.status());
        }
        if (query.testCodes() != null) {
            search.where("r.test.code in :tests", "tests", query.testCodes().isEmpty() ? List.of("") : query.testCodes());
        }
        if (query.urgency() != null) {
            search.where("r.urgencyRank = :rank", "rank", query.urgency().rank());
        }
        String direction = page.descending() ? " desc" : "";
        String orderBy = switch (page.sort() == null ? "urgency" : page.sort()) {
            case "ordered" -> "r.orderedAt" + direction + ", r.id";
            case "test" -> "r.test.code" + direction + ", r.orderedAt, r.id";
            case "status" -> "r.status" + direction + ", r.orderedAt, r.id";
            // STAT, URGENT, ROUTINE, then the oldest order first: the run's own copies of its order's rank and time
            default -> "r.urgencyRank" + direction + ", r.orderedAt" + direction + ", r.id" + direction;
        };
        Page<Long> ids = search.pageCountingUpTo(page, orderBy, WorklistQuery.COUNT_LIMIT);
        return new Page<>(runs(ids.items()), ids.page(), ids.size(), ids.total(), ids.moreThanTotal());
    }

    /** The runs with these ids, in that order; their orders, patients, tubes and tests read in one query each. */
    private List<TestRun> runs(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<TestRun> query = em.createQuery("select r from TestRun r where r.id in :ids", TestRun.class).setParameter("ids", ids);
        for (String part : new String[] {"r.order", "r.order.patient", "r.specimen", "r.test"}) {
            query.setHint("eclipselink.batch", part);
        }
        query.setHint("eclipselink.batch.type", "IN");
        Map<Long, TestRun> byId = query.getResultList().stream().collect(Collectors.toMap(TestRun::id, r -> r));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}

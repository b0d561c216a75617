package org.vetlis.lab.infrastructure.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.vetlis.lab.domain.order.TurnaroundFigures;
import org.vetlis.lab.domain.order.TurnaroundTimes.Dimension;
import org.vetlis.lab.domain.order.TurnaroundTimes.Figures;
import org.vetlis.lab.domain.order.TurnaroundTimes.Group;
import org.vetlis.lab.domain.order.TurnaroundTimes.Step;
import org.vetlis.lab.domain.order.Urgency;

/**
 * Turnaround figures aggregated by the database: a month of a busy lab is hundreds of thousands of runs, and only
 * a few dozen numbers need to leave it. Plain SQL that PostgreSQL and H2 both read (EXTRACT(EPOCH …) and
 * PERCENTILE_CONT … WITHIN GROUP), over the runs' own ordered_at index; grouped by day, one statement per day of the
 * zone asked, whose bounds Java works out (the two databases disagree on dates in a zone).
 */
@ApplicationScoped
public class JpaTurnaroundFigures implements TurnaroundFigures {

    /** Each step's moments as columns of the query below (an amended run's first version's moments first). */
    private static final Map<Step, String[]> MOMENTS = Map.of(
            Step.ORDERED_TO_RECEIVED, new String[] {"r.ordered_at", "s.received_at"},
            Step.RECEIVED_TO_RESULTED, new String[] {"s.received_at", "coalesce(v.entered_at, r.entered_at)"},
            Step.RESULTED_TO_VERIFIED, new String[] {"coalesce(v.entered_at, r.entered_at)", "coalesce(v.verified_at, r.verified_at)"},
            Step.VERIFIED_TO_REPORTED, new String[] {"coalesce(v.verified_at, r.verified_at)", "o.reported_at"},
            Step.ORDERED_TO_VERIFIED, new String[] {"r.ordered_at", "coalesce(v.verified_at, r.verified_at)"},
            Step.ORDERED_TO_REPORTED, new String[] {"r.ordered_at", "o.reported_at"});

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public List<Group> of(OffsetDateTime from, OffsetDateTime to, ZoneId zone, String testCode, Urgency urgency, Set<Dimension> groupBy) {
        if (!groupBy.contains(Dimension.DAY)) {
            return figures(from, to, null, testCode, urgency, groupBy);
        }
        // a day at a time, its bounds worked out here in the zone asked (daylight saving and all), not by SQL
        List<Group> groups = new ArrayList<>();
        for (LocalDate day = from.atZoneSameInstant(zone).toLocalDate(); day.atStartOfDay(zone).toOffsetDateTime().isBefore(to);
                day = day.plusDays(1)) {
            OffsetDateTime start = day.atStartOfDay(zone).toOffsetDateTime();
            OffsetDateTime end = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
            groups.addAll(figures(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end, day, testCode, urgency, groupBy));
        }
        return groups;
    }

    private List<Group> figures(OffsetDateTime from, OffsetDateTime to, LocalDate day, String testCode, Urgency urgency,
                                Set<Dimension> groupBy) {
        List<String> keys = new ArrayList<>();
        if (groupBy.contains(Dimension.TEST)) {
            keys.add("r.test_code");
        }
        if (groupBy.contains(Dimension.URGENCY)) {
            keys.add("r.urgency_rank");
        }
        StringBuilder sql = new StringBuilder("select count(*)");
        keys.forEach(k -> sql.append(", ").append(k));
        for (Step step : Step.values()) {
            String minutes = minutes(MOMENTS.get(step)[0], MOMENTS.get(step)[1]);
            sql.append(", count(").append(minutes).append(")")
                    .append(", percentile_cont(0.5) within group (order by ").append(minutes).append(")")
                    .append(", percentile_cont(0.9) within group (order by ").append(minutes).append(")");
        }
        sql.append(" from test_run r join specimen s on s.id = r.specimen_id join lab_order o on o.id = r.order_id")
                .append(" left join result_version v on v.test_run_id = r.id and v.version_number = 1")
                .append(" where r.reportable = true and r.status <> 'CANCELLED' and r.ordered_at >= ?1 and r.ordered_at < ?2")
                .append(testCode == null ? "" : " and r.test_code = ?3").append(urgency == null ? "" : " and r.urgency_rank = ?4");
        if (!keys.isEmpty()) {
            String list = String.join(", ", keys);
            sql.append(" group by ").append(list).append(" order by ").append(list);
        }
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, from).setParameter(2, to);
        if (testCode != null) {
            query.setParameter(3, testCode);
        }
        if (urgency != null) {
            query.setParameter(4, urgency.rank());
        }
        List<Group> groups = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            int runs = ((Number) columns[0]).intValue();
            if (runs > 0) {
                groups.add(group(columns, day, groupBy, runs));
            }
        }
        return groups;
    }

    /** Minutes from one moment to a later one; null (not counted) when either is missing or they are out of order. */
    private static String minutes(String start, String end) {
        return "case when " + end + " >= " + start + " then (extract(epoch from " + end + ") - extract(epoch from " + start + ")) / 60.0 end";
    }

    private static Group group(Object[] columns, LocalDate day, Set<Dimension> groupBy, int runs) {
        int at = 1;
        String test = null;
        Urgency urgency = null;
        if (groupBy.contains(Dimension.TEST)) {
            test = (String) columns[at++];
        }
        if (groupBy.contains(Dimension.URGENCY)) {
            urgency = Urgency.ofRank(((Number) columns[at++]).intValue());
        }
        Map<Step, Figures> steps = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            steps.put(step, new Figures(((Number) columns[at]).intValue(), number(columns[at + 1]), number(columns[at + 2])));
            at += 3;
        }
        return new Group(day, test, urgency, runs, steps);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}

package org.vetlis.lab.domain.order;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Where turnaround times are worked out: by the database, over the runs themselves, not over rows shipped to Java. */
public interface TurnaroundFigures {

    /**
     * The groups of the reportable, not cancelled runs ordered in {@code [from, to)}, of one test and one urgency when
     * given (null: all), grouped by {@code groupBy} with days in {@code zone}; ordered by day, test, urgency.
     */
    List<TurnaroundTimes.Group> of(OffsetDateTime from, OffsetDateTime to, ZoneId zone, String testCode, Urgency urgency,
                                   Set<TurnaroundTimes.Dimension> groupBy);
}

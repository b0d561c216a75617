package org.vetlis.lab.application.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Turnaround;
import org.vetlis.lab.domain.order.TurnaroundFigures;
import org.vetlis.lab.domain.order.TurnaroundTimes;
import org.vetlis.lab.domain.order.Urgency;
import org.vetlis.lab.domain.shared.InvalidInputException;

@Stateless
public class DefaultTurnaround implements Turnaround {

    @Inject
    private TurnaroundFigures figures;

    @Override
    public List<TurnaroundTimes.Group> of(LocalDate from, LocalDate to, ZoneId zone, String testCode, Urgency urgency,
                                          Set<TurnaroundTimes.Dimension> groupBy) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInputException.of("to", "at most " + MAX_DAYS + " days at once");
        }
        String test = testCode == null || testCode.isBlank() ? null : testCode.strip().toUpperCase(Locale.ROOT);
        return figures.of(from.atStartOfDay(zone).toOffsetDateTime(), to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), zone, test,
                urgency, groupBy);
    }
}

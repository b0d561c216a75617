package org.vetlis.interfaces.rest.interpretation;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.INTEGRATION;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;
import static org.vetlis.interfaces.rest.Roles.VIEWER;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Params;
import org.vetlis.lab.application.Turnaround;
import org.vetlis.lab.domain.order.TurnaroundTimes;
import org.vetlis.lab.domain.order.Urgency;
import org.vetlis.lab.domain.shared.InvalidInputException;

/** Turnaround times (under /metrics of the API; the server's own MicroProfile metrics are at /metrics of the server). */
@Path("metrics/tat")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class TurnaroundResource {

    /** Count, median and 90th percentile of one step, in minutes. */
    public record StepDto(int count, Double medianMinutes, Double p90Minutes) {
    }

    /** One group; a key not grouped by is null. Steps by name: orderedToReceived, receivedToResulted, … */
    public record GroupDto(LocalDate day, String test, String urgency, int runs, Map<String, StepDto> steps) {

        static GroupDto of(TurnaroundTimes.Group g) {
            Map<String, StepDto> steps = new LinkedHashMap<>();
            g.steps().forEach((step, f) -> steps.put(camel(step.name()), new StepDto(f.count(), f.median(), f.p90())));
            return new GroupDto(g.day(), g.testCode(), g.urgency() == null ? null : g.urgency().name(), g.runs(), steps);
        }

        private static String camel(String name) {
            String[] words = name.toLowerCase(Locale.ROOT).split("_");
            StringBuilder s = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                s.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return s.toString();
        }
    }

    /** The figures and what they cover. */
    public record TatDto(LocalDate from, LocalDate to, String zone, List<String> groupBy, List<GroupDto> groups) {
    }

    @Inject
    private Turnaround turnaround;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, INTEGRATION, VIEWER})
    @Operation(summary = "Turnaround times", description = "Of the tests ordered from day 'from' to day 'to' (included; default today;"
            + " at most 31 days; days in 'zone', default UTC), optionally of one test and one urgency; grouped by any of test, urgency,"
            + " day (default all three). Per step (ordered to received, received to resulted, resulted to verified, verified to"
            + " reported, ordered to verified, ordered to reported): runs that passed it, median and 90th percentile in minutes"
            + " (interpolated between nearest ranks)")
    public TatDto tat(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("zone") @DefaultValue("UTC") String zone,
                      @QueryParam("test") String test, @QueryParam("urgency") String urgency,
                      @QueryParam("groupBy") @DefaultValue("test,urgency,day") String groupBy) {
        ZoneId zoneId = zone(zone);
        LocalDate today = LocalDate.now(zoneId);
        LocalDate first = day("from", from, today);
        LocalDate last = day("to", to, first.isAfter(today) ? first : today);
        Set<TurnaroundTimes.Dimension> dimensions = EnumSet.noneOf(TurnaroundTimes.Dimension.class);
        for (String part : groupBy.split(",")) {
            if (!part.isBlank()) {
                dimensions.add(Params.choice(TurnaroundTimes.Dimension.class, "groupBy", part.strip()));
            }
        }
        List<GroupDto> groups = turnaround.of(first, last, zoneId, test, Params.choice(Urgency.class, "urgency", urgency), dimensions)
                .stream().map(GroupDto::of).toList();
        return new TatDto(first, last, zoneId.getId(), dimensions.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList(), groups);
    }

    private static LocalDate day(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "a day as 2026-11-24, not '" + value + "'");
        }
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw InvalidInputException.of("zone", "a time zone such as UTC or Europe/Berlin, not '" + zone + "'");
        }
    }
}

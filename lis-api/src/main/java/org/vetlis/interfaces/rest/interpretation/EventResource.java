package org.vetlis.interfaces.rest.interpretation;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.INTEGRATION;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;

import java.util.List;

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
import org.vetlis.lab.application.EventFeed;
import org.vetlis.lab.domain.shared.InvalidInputException;

/** The event feed practice systems poll: what happened to results and reports since the last position they saw. */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class EventResource {

    static final int MAX = 500;

    /** A page of the feed; {@code next} is the {@code since} to ask with next time (the same when nothing is new). */
    public record FeedDto(List<EventFeed.Event> events, long next) {
    }

    @Inject
    private EventFeed feed;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, INTEGRATION})
    @Operation(summary = "Events since a position", description = "result.verified, result.amended, result.critical, report.released,"
            + " report.amended, order.cancelled; oldest first, at most limit (default 100, at most 500). Positions follow commit"
            + " order: ask again with since=next and nothing committed meanwhile is missed")
    public FeedDto since(@QueryParam("since") @DefaultValue("0") long since, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (since < 0) {
            throw InvalidInputException.of("since", "must be 0 or a position the feed gave");
        }
        if (limit < 1 || limit > MAX) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX);
        }
        List<EventFeed.Event> events = feed.since(since, limit);
        return new FeedDto(events, events.isEmpty() ? since : events.get(events.size() - 1).seq());
    }
}

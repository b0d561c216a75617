package org.vetlis.interfaces.rest.qc;

import static org.vetlis.interfaces.rest.Params.required;
import static org.vetlis.interfaces.rest.Params.time;
import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.lab.application.QualityControl;
import org.vetlis.lab.domain.qc.QcResult;
import org.vetlis.lab.domain.qc.QcRule;
import org.vetlis.lab.domain.shared.InvalidInputException;

/**
 * Quality control: control lots, QC results (typed in for bench analyzers; analyzers' arrive by their messages),
 * each analyzer and test's state, its Westgard rules, corrective actions and the look-back after a rejection.
 */
@Path("qc")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class QcResource {

    @Inject
    private QualityControl qc;

    @Inject
    private Callers callers;

    @GET
    @Path("lots")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN})
    @Operation(summary = "Control lots", description = "Of one analyzer and test (instrument, test), or all; in use first")
    public List<QcDtos.LotDto> lots(@QueryParam("instrument") String instrument, @QueryParam("test") String test) {
        return qc.lots(instrument, test).stream().map(QcDtos.LotDto::of).toList();
    }

    @POST
    @Path("lots")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Add a control lot", description = "mean and sd of the insert, or neither: the lab's own target from the first"
            + " establishingRuns (20 or more) results. Replaces the lot in use of that level, which keeps its history. Audited")
    public Response defineLot(QcDtos.LotInput input) {
        return Response.status(Response.Status.CREATED).entity(QcDtos.LotDto.of(qc.defineLot(required(input).definition(), callers.current())))
                .build();
    }

    @POST
    @Path("lots/{id}/retire")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Retire a control lot", description = "Its results stay; it is no longer matched")
    public QcDtos.LotDto retireLot(@PathParam("id") long id) {
        return QcDtos.LotDto.of(qc.retireLot(id, callers.current()));
    }

    @GET
    @Path("results")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN})
    @Operation(summary = "QC results", description = "Of an analyzer and test between from and to (ISO 8601; default the last 30 days),"
            + " with z-scores and verdicts, oldest first")
    public List<QcDtos.ResultDto> results(@QueryParam("instrument") String instrument, @QueryParam("test") String test,
                                          @QueryParam("from") String from, @QueryParam("to") String to) {
        if (instrument == null || test == null) {
            throw InvalidInputException.of("instrument", "name the instrument and the test");
        }
        OffsetDateTime until = time("to", to) == null ? OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1) : time("to", to);
        OffsetDateTime since = time("from", from) == null ? until.minusDays(30) : time("from", from);
        return qc.results(instrument, test, since, until).stream().map(QcDtos.ResultDto::of).toList();
    }

    @POST
    @Path("results")
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN})
    @Operation(summary = "Record a QC run typed in", description = "For a bench analyzer: the controls measured together (test, level or"
            + " lotId, value). Read by the rules at once; a rejection holds the analyzer's patient results of the test. Audited")
    public Response record(QcDtos.RunInput input) {
        QcDtos.RunInput in = required(input);
        if (in.results() == null || in.results().isEmpty()) {
            throw InvalidInputException.of("results", "a QC run needs at least one control result");
        }
        OffsetDateTime at = in.measuredAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : in.measuredAt();
        List<QualityControl.Measurement> measurements = in.results().stream()
                .map(m -> new QualityControl.Measurement(m.test(), m.level(), m.lotId(), null, requiredValue(m))).toList();
        QualityControl.Recorded recorded = qc.record(new QualityControl.QcRun(in.instrument(), "manual-" + at.toInstant().toEpochMilli(), at,
                QcResult.Source.MANUAL, null, measurements), callers.current());
        return Response.status(Response.Status.CREATED).entity(recorded.stored().stream().map(QcDtos.ResultDto::of).toList()).build();
    }

    private static java.math.BigDecimal requiredValue(QcDtos.MeasurementInput m) {
        if (m.value() == null) {
            throw InvalidInputException.of("value", "each control result needs its value");
        }
        return m.value();
    }

    @GET
    @Path("status")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN})
    @Operation(summary = "QC state of each analyzer and test", description = "IN_CONTROL, or FAILED since a rejection (with why, and"
            + " whether a corrective action is recorded)")
    public List<QcDtos.StateDto> status() {
        return qc.states().stream().map(QcDtos.StateDto::of).toList();
    }

    @POST
    @Path("status/{instrument}/{test}/corrective-action")
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN})
    @Operation(summary = "Record a corrective action", description = "reason (what was done) and comment; the next accepted QC run ends"
            + " the failure. Audited")
    public QcDtos.EventDto correctiveAction(@PathParam("instrument") String instrument, @PathParam("test") String test,
                                            QcDtos.CorrectiveActionInput input) {
        QcDtos.CorrectiveActionInput in = required(input);
        return QcDtos.EventDto.of(qc.correctiveAction(instrument, test, in.reason(), in.comment(), callers.current()));
    }

    @GET
    @Path("events")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN})
    @Operation(summary = "QC events of an analyzer and test", description = "Rejections, corrective actions, acceptances, look-backs; newest first")
    public List<QcDtos.EventDto> events(@QueryParam("instrument") String instrument, @QueryParam("test") String test) {
        if (instrument == null || test == null) {
            throw InvalidInputException.of("instrument", "name the instrument and the test");
        }
        return qc.events(instrument, test).stream().map(QcDtos.EventDto::of).toList();
    }

    @GET
    @Path("rules/{instrument}/{test}")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN})
    @Operation(summary = "The Westgard rules of an analyzer and test", description = "Each rule on or off, WARNING or REJECTION")
    public List<QcDtos.RuleDto> rules(@PathParam("instrument") String instrument, @PathParam("test") String test) {
        return qc.rules(instrument, test).stream().map(QcDtos.RuleDto::of).toList();
    }

    @PUT
    @Path("rules/{instrument}/{test}")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Set Westgard rules", description = "A list of {rule: 1-2s, 1-3s, 2-2s, R-4s, 3-1s, 4-1s, 10x or 7T, enabled,"
            + " severity}; rules not named keep their setting. Audited")
    public List<QcDtos.RuleDto> setRules(@PathParam("instrument") String instrument, @PathParam("test") String test, List<QcDtos.RuleDto> input) {
        List<QcRule.RuleSetting> settings = required(input).stream().map(r -> new QcRule.RuleSetting(
                QcRule.byLabel(r.rule()).orElseThrow(() -> InvalidInputException.of("rule", "no Westgard rule " + r.rule())), r.enabled(),
                severity(r.severity()))).toList();
        return qc.setRules(instrument, test, settings, callers.current()).stream().map(QcDtos.RuleDto::of).toList();
    }

    private static QcRule.Severity severity(String value) {
        try {
            return QcRule.Severity.valueOf(value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("severity", "WARNING or REJECTION");
        }
    }

    @GET
    @Path("lookback/{eventId}")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER})
    @Operation(summary = "QC look-back", description = "The analyzer's patient results of the test verified after the last accepted QC run"
            + " and up to the rejection")
    public QcDtos.LookbackDto lookback(@PathParam("eventId") long eventId) {
        return QcDtos.LookbackDto.of(qc.lookback(eventId));
    }

    @POST
    @Path("lookback/{eventId}/mark")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER})
    @Operation(summary = "Mark the look-back's results for review", description = "Each shows why; rerun or amend them. Audited")
    public QcDtos.EventDto markLookback(@PathParam("eventId") long eventId) {
        return QcDtos.EventDto.of(qc.markLookback(eventId, callers.current()));
    }
}

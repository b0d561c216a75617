package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.report.IssuedReport;
import org.vetlis.lab.domain.report.ReportArchive;
import org.vetlis.lab.domain.report.ReportKind;
import org.vetlis.lab.domain.report.ReportRenderer;

/**
 * Issues an order's report: renders it, keeps the PDF as it went out and audits the issue, in the caller's
 * transaction (a release or an amendment and its report are one change, or neither happened). Integrators hear of
 * it from the event feed, which reads the audit trail.
 */
@ApplicationScoped
public class ReportIssuer {

    @Inject
    private ReportArchive archive;

    @Inject
    private ReportRenderer renderer;

    @Inject
    private AuditTrail audit;

    public IssuedReport issue(LabOrder order, ReportKind kind, Actor actor, OffsetDateTime now) {
        int issue = archive.issuedFor(order.id()) + 1;
        IssuedReport report = new IssuedReport(order.id(), issue, kind, now, actor.username(), renderer.order(order, kind, issue, now));
        archive.store(report);
        audit.append(AuditEvent.of(actor.username(), kind == ReportKind.FINAL ? AuditAction.REPORT_RELEASED : AuditAction.REPORT_REISSUED, now)
                .on("Order", order.id()).detail(kind + " report, issue " + issue).origin(actor.origin()).build());
        return report;
    }
}

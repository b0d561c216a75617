package org.vetlis.interfaces.web.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.vetlis.interfaces.web.PagedModel;
import org.vetlis.lab.application.AuditLog;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditQuery;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/**
 * The audit trail for an administrator: every change, newest first, by what it was on, who made it and when, with
 * its before and after; a page at a time from the database.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditLog audit;

    private String entityType;
    private String entityId;
    private String actor;
    private LocalDate from;
    private LocalDate to;

    private final PagedModel<AuditEvent> events = new PagedModel<>(this::page, AuditEvent::id, "seq", true, Set.of());

    private Page<AuditEvent> page(PageRequest page) {
        ZoneId zone = ZoneId.systemDefault();
        return audit.search(new AuditQuery(blankToNull(entityType), blankToNull(entityId), blankToNull(actor),
                from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()), page);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

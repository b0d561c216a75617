package org.vetlis.lab.infrastructure.connector;

import java.time.OffsetDateTime;
import org.vetlis.connector.api.Protocol;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

import org.vetlis.connector.api.ListenerControl;
import org.vetlis.connector.api.ListenerControlFactory;
import org.vetlis.connector.api.ListenerSpec;
import org.vetlis.connector.api.ListenerStatus;
import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.AnalyzerDispatcher;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.instrument.InstrumentChanged;
import org.vetlis.lab.domain.instrument.InstrumentRepository;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.NotFoundException;

/**
 * Keeps the connector's listeners in step with the instrument table: at start-up, after every instrument change
 * (once it commits), and every half minute (a change made on another server of the group, a port another program
 * has let go of). The connector is driven through its outbound connection, the listener control.
 */
@Singleton
@Local(AnalyzerDispatcher.class)
@LocalBean // besides the interface, the no-interface view that carries the instrument-change observer
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ConnectionFactoryDefinition(name = ListenerControlFactory.JNDI_NAME,
        interfaceName = "org.vetlis.connector.api.ListenerControlFactory",
        resourceAdapter = "#vetlis-connector",
        transactionSupport = TransactionSupportLevel.NoTransaction,
        minPoolSize = 0, maxPoolSize = 8)
public class ConnectorDispatcher implements AnalyzerDispatcher {

    private static final Logger LOG = Logger.getLogger(ConnectorDispatcher.class.getName());

    @Resource(lookup = ListenerControlFactory.JNDI_NAME)
    private ListenerControlFactory controls;

    @Inject
    private InstrumentRepository instruments;

    @Inject
    private AuditTrail audit;

    @PostConstruct
    void openAtStartup() {
        reconcileQuietly();
    }

    /** A changed or new instrument: its listener opens, moves or closes now. */
    public void instrumentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) InstrumentChanged changed) {
        reconcileQuietly();
    }

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void everyHalfMinute() {
        reconcileQuietly();
    }

    @Override
    public List<ListenerStatus> status() {
        try (ListenerControl control = controls.getControl()) {
            return control.listeners();
        } catch (ResourceException e) {
            throw new IllegalStateException("the analyzer connector cannot be reached: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ListenerStatus> status(String instrumentCode) {
        return status().stream().filter(l -> instrumentCode.equalsIgnoreCase(l.instrument())).findFirst();
    }

    @Override
    public List<ListenerStatus> restart(Actor actor) {
        try (ListenerControl control = controls.getControl()) {
            for (ListenerStatus listener : control.listeners()) {
                control.restart(listener.name());
            }
            audit.append(AuditEvent.of(actor.username(), AuditAction.LISTENERS_RESTARTED, now()).on("Dispatcher", "all")
                    .origin(actor.origin()).build());
            return reconcile(control);
        } catch (ResourceException e) {
            throw new IllegalStateException("the analyzer connector cannot be reached: " + e.getMessage(), e);
        }
    }

    @Override
    public ListenerStatus restart(String instrumentCode, Actor actor) {
        Instrument instrument = instruments.find(instrumentCode.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("instrument", instrumentCode));
        Optional<ListenerSpec> spec = spec(instrument);
        if (spec.isEmpty()) {
            throw new ConflictException("instrument " + instrument.code()
                    + (instrument.isEnabled() ? " has no port" : " is disabled") + ": it has no listener to restart");
        }
        try (ListenerControl control = controls.getControl()) {
            control.close(spec.get().name());
            ListenerStatus status = control.open(spec.get());
            audit.append(AuditEvent.of(actor.username(), AuditAction.LISTENERS_RESTARTED, now()).on("Instrument", instrument.code())
                    .detail(status.state() + (status.detail() == null ? "" : ": " + status.detail())).origin(actor.origin()).build());
            return status;
        } catch (ResourceException e) {
            throw new IllegalStateException("the analyzer connector cannot be reached: " + e.getMessage(), e);
        }
    }

    private void reconcileQuietly() {
        try (ListenerControl control = controls.getControl()) {
            reconcile(control);
        } catch (ResourceException | RuntimeException e) {
            // the database may still be migrating or down; the next half minute tries again
            LOG.log(Level.WARNING, "Analyzer listeners not brought in line with the instruments: " + e.getMessage(), e);
        }
    }

    /** Opens a listener for each enabled instrument with a port (unchanged ones are left alone) and closes the rest. */
    private synchronized List<ListenerStatus> reconcile(ListenerControl control) {
        Map<String, ListenerSpec> wanted = instruments.all().stream().map(ConnectorDispatcher::spec).flatMap(Optional::stream)
                .collect(Collectors.toMap(ListenerSpec::name, Function.identity()));
        Set<String> running = control.listeners().stream().map(ListenerStatus::name).collect(Collectors.toSet());
        running.stream().filter(name -> !wanted.containsKey(name)).forEach(name -> {
            control.close(name);
            LOG.info(() -> "Listener " + name + " closed: no enabled instrument has it any more");
        });
        // closing first frees the ports of removed listeners; a port handed from one instrument to another in one go is
        // free for the second only once the first has moved, hence the second round for what failed in the first
        wanted.values().stream().map(control::open).filter(s -> !s.isListening()).toList()
                .forEach(failed -> control.open(wanted.get(failed.name())));
        return control.listeners();
    }

    private static Optional<ListenerSpec> spec(Instrument instrument) {
        if (!instrument.isEnabled() || instrument.port().isEmpty()) {
            return Optional.empty();
        }
        var settings = instrument.settings();
        return Optional.of(new ListenerSpec(instrument.listener(), instrument.code(), instrument.port().get(),
                Protocol.valueOf(settings.protocol()), settings.profile(),
                settings.protocolSettings()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

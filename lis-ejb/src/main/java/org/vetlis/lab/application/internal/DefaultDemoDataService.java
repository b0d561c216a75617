package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.DemoDataService;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.Violations;
import org.vetlis.lab.infrastructure.demo.DemoDataGenerator;

@Stateless
public class DefaultDemoDataService implements DemoDataService {

    private static final int MOST = 5_000_000;

    @EJB
    private DemoDataGenerator generator;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "vetlis.demo", defaultValue = "false")
    private boolean demo;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Generated generate(int owners, int patients, int orders, long seed, Actor actor) {
        if (!demo) {
            throw new ConflictException("demo data is generated only in demo mode (vetlis.demo=true)");
        }
        Violations violations = new Violations();
        violations.require(owners >= 0 && owners <= MOST, "owners", "must be 0 to " + MOST);
        violations.require(patients >= 0 && patients <= MOST, "patients", "must be 0 to " + MOST);
        violations.require(patients == 0 || owners > 0, "owners", "patients need owners to belong to");
        violations.require(orders >= 0 && orders <= MOST, "orders", "must be 0 to " + MOST);
        violations.throwIfAny();
        DemoDataGenerator.Seeded seeded = generator.generate(owners, patients, orders, seed);
        audit.append(AuditEvent.of(actor.username(), AuditAction.DEMO_DATA_GENERATED, OffsetDateTime.now(ZoneOffset.UTC))
                .detail(owners + " owners, " + patients + " patients, " + orders + " orders (" + seeded.testRuns() + " test runs), seed " + seed)
                .origin(actor.origin()).build());
        return new Generated(seeded.owners(), seeded.patients(), seeded.orders(), seeded.testRuns(), seeded.millis());
    }
}

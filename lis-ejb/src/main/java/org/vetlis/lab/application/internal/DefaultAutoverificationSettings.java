package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.AutoverificationSettings;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.catalogue.TestCatalog;
import org.vetlis.lab.domain.interpretation.AutoverificationRule;
import org.vetlis.lab.domain.interpretation.AutoverificationRules;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.StaleVersionException;

@Stateless
public class DefaultAutoverificationSettings implements AutoverificationSettings {

    @Inject
    private AutoverificationRules rules;

    @Inject
    private TestCatalog tests;

    @Inject
    private AuditTrail audit;

    @Override
    public List<AutoverificationRule> rules() {
        return rules.all();
    }

    @Override
    public AutoverificationRule set(String testCode, boolean enabled, Long expectedVersion, Actor actor) {
        String code = testCode.strip().toUpperCase(Locale.ROOT);
        tests.test(code).orElseThrow(() -> new NotFoundException("test", testCode));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<AutoverificationRule> existing = rules.find(code);
        String before = existing.map(r -> AuditJson.of(r.snapshot())).orElse(null);
        AutoverificationRule rule;
        if (existing.isPresent()) {
            rule = existing.get();
            if (expectedVersion == null) {
                throw new ConflictException("the rule of " + code + " exists (version " + rule.version() + "): send the version you read");
            }
            StaleVersionException.check("Autoverification rule", code, expectedVersion, rule.version());
            rule.change(enabled, actor.username(), now);
        } else {
            rule = new AutoverificationRule(code, enabled, actor.username(), now);
            rules.store(rule);
        }
        rules.flush();
        audit.append(AuditEvent.of(actor.username(), AuditAction.AUTOVERIFICATION_RULE_CHANGED, now).on("AutoverificationRule", code)
                .change(before, AuditJson.of(rule.snapshot())).origin(actor.origin()).build());
        return rule;
    }
}

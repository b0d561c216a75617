package org.vetlis.lab.application;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.interpretation.AutoverificationRule;

/**
 * The lab's autoverification rules: off by default, one per test, enabled or disabled by a lab manager; every change
 * audited, and the rule's version recorded on each result it verifies.
 */
public interface AutoverificationSettings {

    List<AutoverificationRule> rules();

    /**
     * Writes or switches the rule of a test. {@code expectedVersion} is the version read (null for a test without a
     * rule yet): a rule changed meanwhile by someone else is refused.
     */
    AutoverificationRule set(@NotNull String testCode, boolean enabled, Long expectedVersion, @NotNull Actor actor);
}

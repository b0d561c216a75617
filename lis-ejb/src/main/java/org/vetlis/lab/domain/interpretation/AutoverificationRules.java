package org.vetlis.lab.domain.interpretation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The lab's autoverification rules, one per test at most. */
public interface AutoverificationRules {

    /** The enabled rules of these tests (one read for the results of a message, or none: see the implementation). */
    List<AutoverificationRule> enabledFor(Collection<String> testCodes);

    List<AutoverificationRule> all();

    Optional<AutoverificationRule> find(String testCode);

    void store(AutoverificationRule rule);

    /** Writes pending changes now, so a stored or changed rule shows the version it will have. */
    void flush();
}

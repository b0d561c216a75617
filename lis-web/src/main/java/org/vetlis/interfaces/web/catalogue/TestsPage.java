package org.vetlis.interfaces.web.catalogue;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.AutoverificationSettings;
import org.vetlis.lab.application.CatalogueAdministration;
import org.vetlis.lab.application.CatalogueService;
import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.interpretation.AutoverificationRule;
import org.vetlis.lab.domain.catalogue.Panel;
import org.vetlis.lab.domain.catalogue.ResultType;
import org.vetlis.lab.domain.catalogue.SpecimenType;

/**
 * The tests and panels the lab offers, for administrators and lab managers (web.xml refuses the page to anyone
 * else): define, change, retire. Each change is audited and checked against the version read, as from the API.
 */
@Named
@ViewScoped
public class TestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CatalogueService catalogue;

    @Inject
    private transient CatalogueAdministration administration;

    @Inject
    private transient WebCallers callers;

    @Inject
    private transient AutoverificationSettings autoverification;

    /** The autoverification rules by test, read once per view and again after a change. */
    private transient Map<String, AutoverificationRule> rules;

    private final TestForm test = new TestForm();
    private final PanelForm panel = new PanelForm();

    public List<LabTest> getTests() {
        return catalogue.tests();
    }

    public List<Panel> getPanels() {
        return catalogue.panels();
    }

    /** The specimen types a test may take: the active ones, and the one the test being edited has. */
    public List<SpecimenType> getSpecimenTypes() {
        return catalogue.specimenTypes().stream().filter(t -> t.isActive() || t.code().equals(test.getSpecimenType())).toList();
    }

    public List<String> getResultTypes() {
        return Arrays.stream(ResultType.values()).map(ResultType::name).toList();
    }

    public String testsOf(Panel p) {
        return String.join(", ", p.tests().stream().map(LabTest::code).toList());
    }

    /** How the test's results are verified: "off" (by a person), or the rule that may verify them. */
    public String autoverificationOf(LabTest t) {
        AutoverificationRule rule = rules().get(t.code());
        return rule != null && rule.isEnabled() ? "on (" + rule.verifier() + ")" : "off";
    }

    public boolean isAutoverified(LabTest t) {
        AutoverificationRule rule = rules().get(t.code());
        return rule != null && rule.isEnabled();
    }

    /** Switches the test's autoverification rule on or off (written the first time); audited, its version raised. */
    public void toggleAutoverification(String code) {
        AutoverificationRule rule = rules().get(code);
        boolean enable = rule == null || !rule.isEnabled();
        AutoverificationRule saved = Feedback.attempt(() -> autoverification.set(code, enable, rule == null ? null : rule.version(),
                callers.current()));
        if (saved != null) {
            Feedback.info("Autoverification of " + code + " is " + (enable ? "on: " + saved.verifier() + " may verify its analyzer results"
                    : "off: a person verifies every result"));
        }
        rules = null;
    }

    private Map<String, AutoverificationRule> rules() {
        if (rules == null) {
            rules = autoverification.rules().stream().collect(Collectors.toMap(AutoverificationRule::testCode, r -> r));
        }
        return rules;
    }

    public void createTest() {
        test.clear();
    }

    public void editTest(String code) {
        test.load(administration.test(code));
    }

    public void saveTest() {
        LabTest saved = Feedback.attempt(() -> test.isExisting()
                ? administration.reviseTest(test.getCode(), test.version(), test.input(), callers.current())
                : administration.defineTest(test.getCode(), test.input(), callers.current()));
        if (saved != null) {
            Feedback.info("Test " + saved.code() + " saved");
            test.load(saved);
        }
    }

    public void createPanel() {
        panel.clear();
    }

    /** Read from the list (its tests loaded with it), not one by one. */
    public void editPanel(String code) {
        catalogue.panels().stream().filter(p -> p.code().equals(code)).findFirst()
                .ifPresentOrElse(panel::load, () -> Feedback.error("No panel " + code));
    }

    public void savePanel() {
        Panel saved = Feedback.attempt(() -> panel.isExisting()
                ? administration.revisePanel(panel.getCode(), panel.version(), panel.getName(), panel.getTests(), panel.isActive(),
                        callers.current())
                : administration.definePanel(panel.getCode(), panel.getName(), panel.getTests(), panel.isActive(), callers.current()));
        if (saved != null) {
            Feedback.info("Panel " + saved.code() + " saved");
            panel.load(saved);
        }
    }

    public TestForm getTest() {
        return test;
    }

    public PanelForm getPanel() {
        return panel;
    }
}

package org.vetlis.interfaces.web.catalogue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.Panel;

/** A panel as the form shows it: its tests chosen from the catalogue; kept as typed when saving is refused. */
public class PanelForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean existing;
    private long version;
    private String code;
    private String name;
    private List<String> tests = new ArrayList<>();
    private boolean active = true;

    void load(Panel panel) {
        existing = true;
        version = panel.version();
        code = panel.code();
        name = panel.name();
        tests = new ArrayList<>(panel.tests().stream().map(LabTest::code).toList());
        active = panel.isActive();
    }

    void clear() {
        existing = false;
        version = 0;
        code = null;
        name = null;
        tests = new ArrayList<>();
        active = true;
    }

    long version() {
        return version;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getTests() {
        return tests;
    }

    public void setTests(List<String> tests) {
        this.tests = tests == null ? new ArrayList<>() : new ArrayList<>(tests);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}

package org.vetlis.interfaces.web.catalogue;

import java.io.Serializable;

import org.vetlis.lab.application.CatalogueAdministration.TestInput;
import org.vetlis.lab.domain.catalogue.LabTest;

/** A test of the catalogue as the form shows it; kept as typed when saving is refused. */
public class TestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean existing;
    private long version;
    private String code;
    private String name;
    private String section = "CHEMISTRY";
    private String unit;
    private String resultType = "NUMERIC";
    private Integer decimals = 0;
    private String specimenType = "SERUM";
    private String method;
    private boolean active = true;
    private Integer sortOrder;

    void load(LabTest test) {
        existing = true;
        version = test.version();
        code = test.code();
        name = test.name();
        section = test.section();
        unit = test.unit();
        resultType = test.resultType().name();
        decimals = test.decimals();
        specimenType = test.specimenType().code();
        method = test.method();
        active = test.isActive();
        sortOrder = test.sortOrder();
    }

    void clear() {
        existing = false;
        version = 0;
        code = null;
        name = null;
        section = "CHEMISTRY";
        unit = null;
        resultType = "NUMERIC";
        decimals = 0;
        specimenType = "SERUM";
        method = null;
        active = true;
        sortOrder = null;
    }

    TestInput input() {
        return new TestInput(name, section, unit, resultType, decimals, specimenType, method, active, sortOrder);
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

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getResultType() {
        return resultType;
    }

    public void setResultType(String resultType) {
        this.resultType = resultType;
    }

    public Integer getDecimals() {
        return decimals;
    }

    public void setDecimals(Integer decimals) {
        this.decimals = decimals;
    }

    public String getSpecimenType() {
        return specimenType;
    }

    public void setSpecimenType(String specimenType) {
        this.specimenType = specimenType;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}

package org.vetlis.lab.domain.label;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.Violations;

/** A bench or PC where specimens are labelled, and the label printer beside it. */
@Entity
@Table(name = "workstation")
@NamedQuery(name = "Workstation.all", query = "select w from Workstation w order by w.code")
public class Workstation {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "printer_code", length = 20)
    private String printerCode;

    /** Whether saving an order here prints its labels at once. */
    @Column(name = "print_on_order", nullable = false)
    private boolean printOnOrder;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Workstation() {
        // for JPA
    }

    public Workstation(String code, String name, String printerCode, boolean printOnOrder) {
        Violations v = new Violations();
        v.require(code != null && code.matches("[A-Z0-9_-]{1,20}"), "code", "1 to 20 capital letters, digits, '_' or '-'");
        v.required(name, "name", 100);
        v.throwIfAny();
        this.code = code;
        revise(name, printerCode, printOnOrder);
    }

    /** Renames it, gives it another printer (null: none), or prints on order save or not. */
    public void revise(String name, String printerCode, boolean printOnOrder) {
        new Violations().required(name, "name", 100).throwIfAny();
        this.name = name.strip();
        this.printerCode = printerCode == null || printerCode.isBlank() ? null : printerCode;
        this.printOnOrder = printOnOrder;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", name);
        s.put("printer", printerCode);
        s.put("printOnOrder", printOnOrder);
        return s;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Optional<String> printerCode() {
        return Optional.ofNullable(printerCode);
    }

    public boolean printsOnOrder() {
        return printOnOrder;
    }

    public long version() {
        return version;
    }
}

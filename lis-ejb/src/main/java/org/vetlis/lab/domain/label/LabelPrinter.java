package org.vetlis.lab.domain.label;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.Violations;

/**
 * A label printer that takes ZPL over a raw TCP connection (port 9100 on most), with the resolution and label size
 * the labels are drawn for.
 */
@Entity
@Table(name = "label_printer")
@NamedQuery(name = "LabelPrinter.all", query = "select p from LabelPrinter p order by p.code")
public class LabelPrinter {

    /** What a lab says a printer is. */
    public record Settings(String name, String host, Integer port, Integer dpi, Integer widthMm, Integer heightMm, Boolean enabled) {

        void check(Violations v) {
            v.required(name, "name", 100).required(host, "host", 255);
            v.require(host == null || host.matches("[A-Za-z0-9.:\\-\\[\\]]+"), "host", "a host name or an IP address");
            v.require(port == null || port >= 1 && port <= 65535, "port", "between 1 and 65535 (9100 when left out)");
            v.require(dpi == null || dpi == 203 || dpi == 300 || dpi == 600, "dpi", "203, 300 or 600 (203 when left out)");
            v.require(widthMm == null || widthMm >= 20 && widthMm <= 120, "widthMm", "between 20 and 120 (50 when left out)");
            v.require(heightMm == null || heightMm >= 10 && heightMm <= 120, "heightMm", "between 10 and 120 (25 when left out)");
        }
    }

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "host", nullable = false, length = 255)
    private String host;

    @Column(name = "port", nullable = false)
    private int port;

    @Column(name = "dpi", nullable = false)
    private int dpi;

    @Column(name = "width_mm", nullable = false)
    private int widthMm;

    @Column(name = "height_mm", nullable = false)
    private int heightMm;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LabelPrinter() {
        // for JPA
    }

    public LabelPrinter(String code, Settings settings) {
        Violations v = new Violations();
        v.require(code != null && code.matches("[A-Z0-9_-]{1,20}"), "code", "1 to 20 capital letters, digits, '_' or '-'");
        settings.check(v);
        v.throwIfAny();
        this.code = code;
        apply(settings);
    }

    public void revise(Settings settings) {
        Violations v = new Violations();
        settings.check(v);
        v.throwIfAny();
        apply(settings);
    }

    private void apply(Settings s) {
        name = s.name().strip();
        host = s.host().strip();
        port = s.port() == null ? 9100 : s.port();
        dpi = s.dpi() == null ? 203 : s.dpi();
        widthMm = s.widthMm() == null ? 50 : s.widthMm();
        heightMm = s.heightMm() == null ? 25 : s.heightMm();
        enabled = s.enabled() == null || s.enabled();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", name);
        s.put("address", host + ":" + port);
        s.put("label", widthMm + "x" + heightMm + " mm at " + dpi + " dpi");
        s.put("enabled", enabled);
        return s;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public int dpi() {
        return dpi;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long version() {
        return version;
    }
}

package org.vetlis.interfaces.web.label;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.Labels;
import org.vetlis.lab.domain.label.LabelPrinter;
import org.vetlis.lab.domain.label.Workstation;

/**
 * The lab's label printers (where each listens, its resolution and label size, on or off) and its workstations (the
 * printer beside each, and whether saving an order there prints its labels), for lab managers and administrators.
 */
@Named
@ViewScoped
public class PrintersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Labels labels;

    @Inject
    private transient WebCallers callers;

    private boolean printerExisting;
    private long printerVersion;
    private String printerCode;
    private String printerName;
    private String host;
    private Integer port = 9100;
    private Integer dpi = 203;
    private Integer widthMm = 50;
    private Integer heightMm = 25;
    private boolean enabled = true;

    private boolean workstationExisting;
    private long workstationVersion;
    private String workstationCode;
    private String workstationName;
    private String workstationPrinter;
    private boolean printOnOrder;

    public List<LabelPrinter> getPrinters() {
        return labels.printers();
    }

    public List<Workstation> getWorkstations() {
        return labels.workstations();
    }

    public void createPrinter() {
        printerExisting = false;
        printerVersion = 0;
        printerCode = null;
        printerName = null;
        host = null;
        port = 9100;
        dpi = 203;
        widthMm = 50;
        heightMm = 25;
        enabled = true;
    }

    public void editPrinter(String code) {
        getPrinters().stream().filter(p -> p.code().equals(code)).findFirst()
                .ifPresentOrElse(this::load, () -> Feedback.error("No printer " + code));
    }

    private void load(LabelPrinter p) {
        printerExisting = true;
        printerVersion = p.version();
        printerCode = p.code();
        printerName = p.name();
        host = p.host();
        port = p.port();
        dpi = p.dpi();
        widthMm = p.widthMm();
        heightMm = p.heightMm();
        enabled = p.isEnabled();
    }

    public void savePrinter() {
        LabelPrinter.Settings settings = new LabelPrinter.Settings(printerName, host, port, dpi, widthMm, heightMm, enabled);
        LabelPrinter saved = Feedback.attempt(() -> printerExisting
                ? labels.revisePrinter(printerCode, printerVersion, settings, callers.current())
                : labels.definePrinter(printerCode, settings, callers.current()));
        if (saved != null) {
            Feedback.info("Printer " + saved.code() + " saved");
            load(saved);
        }
    }

    public void createWorkstation() {
        workstationExisting = false;
        workstationVersion = 0;
        workstationCode = null;
        workstationName = null;
        workstationPrinter = null;
        printOnOrder = false;
    }

    public void editWorkstation(String code) {
        getWorkstations().stream().filter(w -> w.code().equals(code)).findFirst()
                .ifPresentOrElse(this::load, () -> Feedback.error("No workstation " + code));
    }

    private void load(Workstation w) {
        workstationExisting = true;
        workstationVersion = w.version();
        workstationCode = w.code();
        workstationName = w.name();
        workstationPrinter = w.printerCode().orElse(null);
        printOnOrder = w.printsOnOrder();
    }

    public void saveWorkstation() {
        Workstation saved = Feedback.attempt(() -> workstationExisting
                ? labels.reviseWorkstation(workstationCode, workstationVersion, workstationName, workstationPrinter, printOnOrder, callers.current())
                : labels.defineWorkstation(workstationCode, workstationName, workstationPrinter, printOnOrder, callers.current()));
        if (saved != null) {
            Feedback.info("Workstation " + saved.code() + " saved");
            load(saved);
        }
    }

    // the forms' fields

    public boolean isPrinterExisting() {
        return printerExisting;
    }

    public String getPrinterCode() {
        return printerCode;
    }

    public void setPrinterCode(String printerCode) {
        this.printerCode = printerCode;
    }

    public String getPrinterName() {
        return printerName;
    }

    public void setPrinterName(String printerName) {
        this.printerName = printerName;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public Integer getDpi() {
        return dpi;
    }

    public void setDpi(Integer dpi) {
        this.dpi = dpi;
    }

    public Integer getWidthMm() {
        return widthMm;
    }

    public void setWidthMm(Integer widthMm) {
        this.widthMm = widthMm;
    }

    public Integer getHeightMm() {
        return heightMm;
    }

    public void setHeightMm(Integer heightMm) {
        this.heightMm = heightMm;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isWorkstationExisting() {
        return workstationExisting;
    }

    public String getWorkstationCode() {
        return workstationCode;
    }

    public void setWorkstationCode(String workstationCode) {
        this.workstationCode = workstationCode;
    }

    public String getWorkstationName() {
        return workstationName;
    }

    public void setWorkstationName(String workstationName) {
        this.workstationName = workstationName;
    }

    public String getWorkstationPrinter() {
        return workstationPrinter;
    }

    public void setWorkstationPrinter(String workstationPrinter) {
        this.workstationPrinter = workstationPrinter;
    }

    public boolean isPrintOnOrder() {
        return printOnOrder;
    }

    public void setPrintOnOrder(boolean printOnOrder) {
        this.printOnOrder = printOnOrder;
    }
}

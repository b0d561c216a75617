package org.vetlis.interfaces.web.catalogue;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.CatalogueAdministration;
import org.vetlis.lab.application.CatalogueAdministration.SpecimenTypeInput;
import org.vetlis.lab.application.CatalogueService;
import org.vetlis.lab.domain.catalogue.RejectionReason;
import org.vetlis.lab.domain.catalogue.SpecimenType;

/**
 * The kinds of specimen (and their tubes) and the reasons a specimen may be rejected for, for administrators and lab
 * managers: add, change, retire. A retired entry stays on the tests and tubes that name it.
 */
@Named
@ViewScoped
public class SpecimenTypesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CatalogueService catalogue;

    @Inject
    private transient CatalogueAdministration administration;

    @Inject
    private transient WebCallers callers;

    private boolean typeExisting;
    private long typeVersion;
    private String typeCode;
    private String typeName;
    private String container;
    private String capColour;
    private boolean typeActive = true;

    private boolean reasonExisting;
    private long reasonVersion;
    private String reasonCode;
    private String reasonLabel;
    private boolean reasonActive = true;

    public List<SpecimenType> getSpecimenTypes() {
        return catalogue.specimenTypes();
    }

    public List<RejectionReason> getRejectionReasons() {
        return catalogue.rejectionReasons();
    }

    public void createType() {
        typeExisting = false;
        typeVersion = 0;
        typeCode = null;
        typeName = null;
        container = null;
        capColour = null;
        typeActive = true;
    }

    public void editType(String code) {
        getSpecimenTypes().stream().filter(t -> t.code().equals(code)).findFirst()
                .ifPresentOrElse(this::load, () -> Feedback.error("No specimen type " + code));
    }

    private void load(SpecimenType t) {
        typeExisting = true;
        typeVersion = t.version();
        typeCode = t.code();
        typeName = t.name();
        container = t.container();
        capColour = t.capColour();
        typeActive = t.isActive();
    }

    public void saveType() {
        SpecimenTypeInput input = new SpecimenTypeInput(typeName, container, capColour, typeActive, null);
        SpecimenType saved = Feedback.attempt(() -> typeExisting
                ? administration.reviseSpecimenType(typeCode, typeVersion, input, callers.current())
                : administration.defineSpecimenType(typeCode, input, callers.current()));
        if (saved != null) {
            Feedback.info("Specimen type " + saved.code() + " saved");
            load(saved);
        }
    }

    public void createReason() {
        reasonExisting = false;
        reasonVersion = 0;
        reasonCode = null;
        reasonLabel = null;
        reasonActive = true;
    }

    public void editReason(String code) {
        getRejectionReasons().stream().filter(r -> r.code().equals(code)).findFirst()
                .ifPresentOrElse(this::load, () -> Feedback.error("No rejection reason " + code));
    }

    private void load(RejectionReason r) {
        reasonExisting = true;
        reasonVersion = r.version();
        reasonCode = r.code();
        reasonLabel = r.label();
        reasonActive = r.isActive();
    }

    public void saveReason() {
        RejectionReason saved = Feedback.attempt(() -> reasonExisting
                ? administration.reviseRejectionReason(reasonCode, reasonVersion, reasonLabel, reasonActive, callers.current())
                : administration.defineRejectionReason(reasonCode, reasonLabel, callers.current()));
        if (saved != null) {
            Feedback.info("Rejection reason " + saved.code() + " saved");
            load(saved);
        }
    }

    public boolean isTypeExisting() {
        return typeExisting;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getTypeName() {
        return typeName;
    }

    public void setTypeName(String typeName) {
        this.typeName = typeName;
    }

    public String getContainer() {
        return container;
    }

    public void setContainer(String container) {
        this.container = container;
    }

    public String getCapColour() {
        return capColour;
    }

    public void setCapColour(String capColour) {
        this.capColour = capColour;
    }

    public boolean isTypeActive() {
        return typeActive;
    }

    public void setTypeActive(boolean typeActive) {
        this.typeActive = typeActive;
    }

    public boolean isReasonExisting() {
        return reasonExisting;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getReasonLabel() {
        return reasonLabel;
    }

    public void setReasonLabel(String reasonLabel) {
        this.reasonLabel = reasonLabel;
    }

    public boolean isReasonActive() {
        return reasonActive;
    }

    public void setReasonActive(boolean reasonActive) {
        this.reasonActive = reasonActive;
    }
}

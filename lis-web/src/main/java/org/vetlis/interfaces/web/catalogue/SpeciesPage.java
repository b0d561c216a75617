package org.vetlis.interfaces.web.catalogue;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.CatalogueAdministration;
import org.vetlis.lab.application.PatientRegistry;
import org.vetlis.lab.domain.patient.Breed;
import org.vetlis.lab.domain.patient.Species;

/**
 * The species and their breeds, for administrators and lab managers: add a species or a breed, rename, retire.
 * Retiring keeps what patients refer to; reception no longer offers it.
 */
@Named
@ViewScoped
public class SpeciesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PatientRegistry registry;

    @Inject
    private transient CatalogueAdministration administration;

    @Inject
    private transient WebCallers callers;

    private boolean existing;
    private long version;
    private String code;
    private String name;
    private String latinName;
    private boolean active = true;

    private Long breedId;
    private String breedName;
    private boolean breedActive = true;

    public List<Species> getSpecies() {
        return registry.species();
    }

    /** The species being edited, with its breeds as just read. */
    public Optional<Species> selected() {
        return existing ? registry.species().stream().filter(s -> s.code().equals(code)).findFirst() : Optional.empty();
    }

    public List<Breed> getBreeds() {
        return selected().map(Species::breeds).orElse(List.of());
    }

    public void create() {
        existing = false;
        version = 0;
        code = null;
        name = null;
        latinName = null;
        active = true;
        newBreed();
    }

    public void edit(String speciesCode) {
        registry.species().stream().filter(s -> s.code().equals(speciesCode)).findFirst()
                .ifPresentOrElse(this::load, () -> Feedback.error("No species " + speciesCode));
        newBreed();
    }

    private void load(Species s) {
        existing = true;
        version = s.version();
        code = s.code();
        name = s.name();
        latinName = s.latinName();
        active = s.isActive();
    }

    public void save() {
        Species saved = Feedback.attempt(() -> existing
                ? administration.reviseSpecies(code, version, name, latinName, active, callers.current())
                : administration.defineSpecies(code, name, latinName, callers.current()));
        if (saved != null) {
            Feedback.info("Species " + saved.code() + " saved");
            load(saved);
        }
    }

    public void newBreed() {
        breedId = null;
        breedName = null;
        breedActive = true;
    }

    public void editBreed(long id) {
        getBreeds().stream().filter(b -> b.id() == id).findFirst().ifPresent(b -> {
            breedId = b.id();
            breedName = b.name();
            breedActive = b.isActive();
        });
    }

    /** Adds the breed typed to the species being edited, or saves the changes to the breed chosen. */
    public void saveBreed() {
        Breed saved = Feedback.attempt(() -> breedId == null
                ? administration.addBreed(code, breedName, callers.current())
                : administration.reviseBreed(code, breedId, breedName, breedActive, callers.current()));
        if (saved != null) {
            Feedback.info("Breed " + saved.name() + " saved");
            selected().ifPresent(this::load);
            newBreed();
        }
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

    public String getLatinName() {
        return latinName;
    }

    public void setLatinName(String latinName) {
        this.latinName = latinName;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getBreedId() {
        return breedId;
    }

    public String getBreedName() {
        return breedName;
    }

    public void setBreedName(String breedName) {
        this.breedName = breedName;
    }

    public boolean isBreedActive() {
        return breedActive;
    }

    public void setBreedActive(boolean breedActive) {
        this.breedActive = breedActive;
    }
}

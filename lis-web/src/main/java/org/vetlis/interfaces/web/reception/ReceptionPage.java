package org.vetlis.interfaces.web.reception;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.interfaces.web.label.LabelPanel;
import org.vetlis.lab.application.CatalogueService;
import org.vetlis.lab.application.Labels;
import org.vetlis.lab.application.OrderDesk;

import org.vetlis.lab.application.PatientRegistry;
import org.vetlis.lab.domain.label.PrintJob;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.OrderRequest;
import org.vetlis.lab.domain.order.Urgency;
import org.vetlis.lab.domain.patient.Breed;
import org.vetlis.lab.domain.patient.NeuterStatus;
import org.vetlis.lab.domain.patient.Owner;
import org.vetlis.lab.domain.patient.OwnerDetails;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.patient.PatientDetails;
import org.vetlis.lab.domain.patient.PatientSearch;
import org.vetlis.lab.domain.patient.Sex;
import org.vetlis.lab.domain.patient.Species;
import org.vetlis.lab.domain.shared.PageRequest;

/**
 * Reception's one page: find or register the owner, then the animal, then the order; what was placed shows its
 * tubes with their barcodes, ready to label. Thin: every step is a call to the services the API calls.
 */
@Named
@ViewScoped
public class ReceptionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PatientRegistry patients;

    @Inject
    private transient OrderDesk orders;

    @Inject
    private transient Labels labelPrinting;

    @Inject
    private transient CatalogueService catalogue;

    @Inject
    private transient WebCallers callers;

    private final OwnerForm ownerForm = new OwnerForm();
    private final AnimalForm animalForm = new AnimalForm();
    private Long ownerId;
    private String ownerName;
    private Long patientId;
    private String patientName;
    private List<String> tests = new ArrayList<>();
    private Urgency urgency = Urgency.ROUTINE;
    private String comment;
    private Long placedOrderId;
    private String query;
    private List<Found> found = List.of();
    /** Code → label of what the completions offered, for the picker's items and chosen tokens. */
    private final Map<String, String> labels = new HashMap<>();

    /** Looks up what was typed in the search box, as it is typed. */
    public void lookUp() {
        found = search(query);
    }

    /** Owners and animals whose name, phone or microchip starts with what was typed: "Hale · Rex (Dog)". */
    private List<Found> search(String typed) {
        if (typed == null || typed.strip().length() < 2) {
            return List.of();
        }
        String query = typed.strip();
        Stream<Found> byOwner = patients.findOwners(query, null, new PageRequest(0, 8, "name", false)).items().stream()
                .map(o -> new Found(o.id(), null, o.displayName()));
        Stream<Found> byPhone = query.matches("[+0-9 ()-]{3,}")
                ? patients.findOwners(null, query, new PageRequest(0, 8, "name", false)).items().stream()
                        .map(o -> new Found(o.id(), null, o.displayName()))
                : Stream.empty();
        Stream<Found> byAnimal = animals(new PatientSearch(query, null, null, null, null, null, false));
        Stream<Found> byChip = query.matches("[0-9]{9,15}")
                ? animals(new PatientSearch(null, null, null, null, query, null, false)) : Stream.empty();
        return Stream.of(byOwner, byPhone, byAnimal, byChip).flatMap(s -> s).distinct().limit(12).toList();
    }

    private Stream<Found> animals(PatientSearch search) {
        return patients.findPatients(search, new PageRequest(0, 8, "name", false)).items().stream()
                .map(p -> new Found(p.owner().id(), p.id(), p.owner().displayName() + " · " + p.name() + " (" + p.species().name() + ")"));
    }

    /** One of the search's suggestions was picked. */
    public void choose(Found found) {
        Owner owner = patients.owner(found.ownerId());
        ownerId = owner.id();
        ownerName = owner.displayName();
        if (found.patientId() != null) {
            Patient patient = patients.patient(found.patientId());
            patientId = patient.id();
            patientName = patient.name() + " (" + patient.species().name() + ")";
        }
    }

    public void registerOwner() {
        Owner owner = Feedback.attempt(() -> patients.registerOwner(new OwnerDetails(ownerForm.getLastName(), ownerForm.getFirstName(),
                ownerForm.getPhone(), ownerForm.getEmail(), null, null, null, null, null), callers.current()));
        if (owner != null) {
            ownerId = owner.id();
            ownerName = owner.displayName();
            Feedback.info("Owner " + ownerName + " registered");
        }
    }

    public void registerAnimal() {
        if (ownerId == null) {
            Feedback.error("Choose or register the owner first");
            return;
        }
        // a breed of the catalogue when the name is one (chosen from the suggestions or typed), free text otherwise
        Long breedId = catalogueBreed(animalForm.getBreed()).map(Breed::id).orElse(null);
        String breedText = breedId == null ? blankToNull(animalForm.getBreed()) : null;
        Patient patient = Feedback.attempt(() -> patients.registerPatient(ownerId, new PatientDetails(animalForm.getName(),
                animalForm.getSpecies(), breedId, breedText, animalForm.getSex(), animalForm.getNeuterStatus(),
                animalForm.getDateOfBirth(), false, null, null, blankToNull(animalForm.getMicrochip()), null, null, null, true, null),
                callers.current()));
        if (patient != null) {
            patientId = patient.id();
            patientName = patient.name() + " (" + patient.species().name() + ")";
            Feedback.info(patient.name() + " registered");
        }
    }

    public void placeOrder() {
        if (patientId == null) {
            Feedback.error("Choose or register the animal first");
            return;
        }
        OrderDesk.Placement placement = Feedback.attempt(() -> orders.place(patientId, tests,
                new OrderRequest(null, null, urgency, blankToNull(comment), null, null), callers.current()));
        if (placement != null) {
            placedOrderId = placement.order().id();
            Feedback.info("Order " + placedOrderId + " placed: " + placement.order().specimens().size() + " tube(s) to label");
            printAtThisWorkstation(placedOrderId);
        }
    }

    /** The labels, at once, when this browser's workstation prints on order save. */
    private void printAtThisWorkstation(long orderId) {
        Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(LabelPanel.COOKIE);
        if (cookie instanceof Cookie workstation && !workstation.getValue().isBlank()) {
            List<PrintJob> queued = Feedback.attempt(() -> labelPrinting.printOnOrderSave(orderId, workstation.getValue(), callers.current()));
            if (queued != null && !queued.isEmpty()) {
                Feedback.info(queued.size() + " label(s) sent to printer " + queued.get(0).printerCode() + " of workstation " + workstation.getValue());
            }
        }
    }

    /** Test and panel codes for what was typed, panels first, each with what it stands for ({@link #testLabel}). */
    public List<String> completeTests(String typed) {
        String q = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        Map<String, String> found = new LinkedHashMap<>();
        catalogue.panels().stream().filter(p -> p.isActive() && matches(p.code(), p.name(), q))
                .forEach(p -> found.put(p.code(), p.code() + " — " + p.name() + " (panel)"));
        catalogue.tests().stream().filter(t -> t.isActive() && matches(t.code(), t.name(), q))
                .forEach(t -> found.putIfAbsent(t.code(), t.code() + " — " + t.name()));
        tests.forEach(found::remove);
        labels.putAll(found);
        return found.keySet().stream().limit(15).toList();
    }

    /** What a code in the picker stands for, as the completion found it (the catalogue is not read again per item). */
    public String testLabel(String code) {
        return labels.getOrDefault(code, code);
    }

    private static boolean matches(String code, String name, String typed) {
        return typed.isEmpty() || code.toUpperCase(Locale.ROOT).startsWith(typed) || name.toUpperCase(Locale.ROOT).contains(typed);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The order just placed, read again: its tubes and their barcodes. */
    public LabOrder getPlacedOrder() {
        return placedOrderId == null ? null : orders.order(placedOrderId);
    }

    public void startOver() {
        placedOrderId = null;
        tests = new ArrayList<>();
        comment = null;
        urgency = Urgency.ROUTINE;
    }

    /** The species reception may choose (retired ones are not offered). */
    public List<Species> getSpecies() {
        return patients.species().stream().filter(Species::isActive).toList();
    }

    /** The active breeds of the species chosen whose name contains what was typed, for the breed picker. */
    public List<String> completeBreed(String typed) {
        String part = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return breedsOfChosenSpecies().filter(b -> b.name().toLowerCase(Locale.ROOT).contains(part)).map(Breed::name).limit(20).toList();
    }

    private Optional<Breed> catalogueBreed(String name) {
        return name == null || name.isBlank() ? Optional.empty()
                : breedsOfChosenSpecies().filter(b -> b.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    private Stream<Breed> breedsOfChosenSpecies() {
        return patients.species().stream().filter(s -> s.code().equals(animalForm.getSpecies())).findFirst()
                .map(s -> s.breeds().stream().filter(Breed::isActive)).orElse(Stream.empty());
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public NeuterStatus[] getNeuterStatuses() {
        return NeuterStatus.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Found> getFound() {
        return found;
    }

    public OwnerForm getOwnerForm() {
        return ownerForm;
    }

    public AnimalForm getAnimalForm() {
        return animalForm;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public Long getPatientId() {
        return patientId;
    }

    public String getPatientName() {
        return patientName;
    }

    public List<String> getTests() {
        return tests;
    }

    public void setTests(List<String> tests) {
        this.tests = tests == null ? new ArrayList<>() : new ArrayList<>(tests);
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /**
     * A suggestion of the search: an owner, or an animal with its owner.
     *
     * @param patientId null for an owner
     */
    public record Found(Long ownerId, Long patientId, String label) implements Serializable {
    }
}

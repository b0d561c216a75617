package org.vetlis.lab.domain.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The species and breed an analyzer says a sample came from, as it names them (empty when it does not say). Never
 * taken over: the patient's record is what the lab knows, and what reference ranges are chosen by. A disagreement
 * is a warning that the tube may not be this patient's, for a person to look at before anything is verified.
 */
public record ReportedAnimal(String species, String breed) {

    public static final ReportedAnimal UNSTATED = new ReportedAnimal("", "");

    /** What analyzers and practice systems call a species besides its code, name and Latin name. */
    private static final Map<String, Set<String>> ALSO_CALLED = Map.ofEntries(
            Map.entry("DOG", Set.of("CANINE", "K9", "CANIS")),
            Map.entry("CAT", Set.of("FELINE", "FELIS")),
            Map.entry("HORSE", Set.of("EQUINE", "EQUUS", "PONY")),
            Map.entry("CATTLE", Set.of("BOVINE", "BOS", "COW", "BULL", "CALF")),
            Map.entry("SHEEP", Set.of("OVINE", "OVIS")),
            Map.entry("GOAT", Set.of("CAPRINE", "CAPRA")),
            Map.entry("PIG", Set.of("PORCINE", "SWINE", "SUS")),
            Map.entry("RABBIT", Set.of("LAPINE", "ORYCTOLAGUS")),
            Map.entry("FERRET", Set.of("MUSTELA")),
            Map.entry("GUINEA_PIG", Set.of("GUINEA PIG", "CAVY", "CAVIA")),
            Map.entry("BIRD", Set.of("AVIAN", "AVES")),
            Map.entry("REPTILE", Set.of("REPTILIAN", "REPTILIA")));

    public ReportedAnimal {
        species = species == null ? "" : species.strip();
        breed = breed == null ? "" : breed.strip();
    }

    public boolean stated() {
        return !species.isEmpty() || !breed.isEmpty();
    }

    /**
     * How this disagrees with {@code patient}, in words for the lab; empty when it agrees or says nothing that can be
     * compared. A patient of species OTHER is compared with nothing: any name may be right for it.
     */
    public Optional<String> disagreementWith(Patient patient) {
        Species known = patient.species();
        List<String> differences = new ArrayList<>();
        if (!species.isEmpty() && !"OTHER".equals(known.code()) && !isCalled(known, species)) {
            differences.add("species '" + species + "' (the patient is a " + known.name().toLowerCase(Locale.ROOT) + ")");
        }
        String breedKnown = patient.breedName();
        if (!breed.isEmpty() && breedKnown != null && !breedKnown.isBlank() && !sameBreed(breedKnown, breed)) {
            differences.add("breed '" + breed + "' (the patient is a " + breedKnown + ")");
        }
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", differences));
    }

    private static boolean isCalled(Species species, String named) {
        String n = named.toUpperCase(Locale.ROOT).replace('_', ' ');
        String latin = species.latinName().toUpperCase(Locale.ROOT);
        return n.equals(species.code().replace('_', ' ')) || n.equals(species.name().toUpperCase(Locale.ROOT)) || n.equals(latin)
                || ALSO_CALLED.getOrDefault(species.code(), Set.of()).contains(n);
    }

    /** "Labrador" and "Labrador Retriever" are one breed: one name inside the other counts as agreeing. */
    private static boolean sameBreed(String known, String named) {
        String a = known.toUpperCase(Locale.ROOT);
        String b = named.toUpperCase(Locale.ROOT);
        return a.contains(b) || b.contains(a);
    }
}

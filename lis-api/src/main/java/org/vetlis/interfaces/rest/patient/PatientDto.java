package org.vetlis.interfaces.rest.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vetlis.lab.domain.patient.NeuterStatus;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.patient.PatientDetails;
import org.vetlis.lab.domain.patient.Sex;
import org.vetlis.lab.domain.shared.InvalidInputException;

/** A patient as the API shows it, with its owner's id and name. {@code version} is also the ETag. */
public record PatientDto(Long id, Long ownerId, String ownerName, String name, String species, String speciesName,
                         Long breedId, String breed, String sex, String neuterStatus, LocalDate dateOfBirth,
                         boolean birthDateEstimated, BigDecimal weightKg, LocalDate weightMeasuredOn, String microchip,
                         String tattoo, String otherIdentifier, String notes, boolean active, LocalDate deceasedOn,
                         long version, OffsetDateTime updatedAt) {

    static PatientDto of(Patient p) {
        PatientDetails d = p.details();
        return new PatientDto(p.id(), p.owner().id(), p.owner().displayName(), d.name(), d.speciesCode(), p.species().name(),
                d.breedId(), p.breedName(), d.sex().name(), d.neuterStatus().name(), d.dateOfBirth(), d.birthDateEstimated(),
                d.weightKg(), d.weightMeasuredOn(), d.microchip(), d.tattoo(), d.otherIdentifier(), d.notes(), d.active(),
                d.deceasedOn(), p.version(), p.updatedAt());
    }

    /** What a client sends to register or change a patient. {@code active} defaults to true. */
    public record Input(Long ownerId, String name, String species, Long breedId, String breed, String sex,
                        String neuterStatus, LocalDate dateOfBirth, Boolean birthDateEstimated, BigDecimal weightKg,
                        LocalDate weightMeasuredOn, String microchip, String tattoo, String otherIdentifier, String notes,
                        Boolean active, LocalDate deceasedOn) {

        long owner() {
            if (ownerId == null) {
                throw InvalidInputException.of("ownerId", "is required");
            }
            return ownerId;
        }

        PatientDetails details() {
            List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
            Sex parsedSex = choice(Sex.class, sex, "sex", problems);
            NeuterStatus parsedNeuter = choice(NeuterStatus.class, neuterStatus, "neuterStatus", problems);
            PatientDetails details = new PatientDetails(name, species == null ? null : species.toUpperCase(Locale.ROOT), breedId,
                    breed, parsedSex, parsedNeuter, dateOfBirth, Boolean.TRUE.equals(birthDateEstimated), weightKg,
                    weightMeasuredOn, microchip, tattoo, otherIdentifier, notes, active == null || active, deceasedOn);
            if (!problems.isEmpty()) {
                // report the domain's objections too, so the client sees every problem in one answer
                try {
                    details.checked(LocalDate.now(ZoneOffset.UTC));
                } catch (InvalidInputException more) {
                    more.problems().stream()
                            .filter(p -> problems.stream().noneMatch(known -> known.field().equals(p.field())))
                            .forEach(problems::add);
                }
                throw new InvalidInputException(problems);
            }
            return details;
        }

        private static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
                                                   List<InvalidInputException.FieldProblem> problems) {
            if (value == null) {
                return null; // "is required" comes from the domain's own check
            }
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInputException.FieldProblem(field, "must be one of " + List.of(type.getEnumConstants())));
                return null;
            }
        }
    }
}

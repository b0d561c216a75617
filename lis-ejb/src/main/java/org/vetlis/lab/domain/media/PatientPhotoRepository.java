package org.vetlis.lab.domain.media;

import java.util.List;
import java.util.Optional;

/** The photos' records. */
public interface PatientPhotoRepository {

    /** The animal's photos that are not removed, the primary first, then the newest. */
    List<PatientPhoto> ofPatient(long patientId);

    Optional<PatientPhoto> find(long id);

    void store(PatientPhoto photo);
}

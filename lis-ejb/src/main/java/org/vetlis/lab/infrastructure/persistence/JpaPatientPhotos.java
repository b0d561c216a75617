package org.vetlis.lab.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vetlis.lab.domain.media.PatientPhoto;
import org.vetlis.lab.domain.media.PatientPhotoRepository;

/** The photos' records in {@code patient_photo}. */
@ApplicationScoped
public class JpaPatientPhotos implements PatientPhotoRepository {

    @PersistenceContext(unitName = "vetlis")
    private EntityManager em;

    @Override
    public List<PatientPhoto> ofPatient(long patientId) {
        return em.createNamedQuery("PatientPhoto.ofPatient", PatientPhoto.class).setParameter("patient", patientId).getResultList();
    }

    @Override
    public Optional<PatientPhoto> find(long id) {
        return Optional.ofNullable(em.find(PatientPhoto.class, id));
    }

    @Override
    public void store(PatientPhoto photo) {
        if (!em.contains(photo)) {
            em.persist(photo);
        }
    }
}

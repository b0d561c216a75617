package org.vetlis.lab.application.internal;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.PatientPhotos;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.media.MediaStore;
import org.vetlis.lab.domain.media.PatientPhoto;
import org.vetlis.lab.domain.media.PatientPhotoRepository;
import org.vetlis.lab.domain.media.PhotoLimits;
import org.vetlis.lab.domain.media.PhotoPreparation;
import org.vetlis.lab.domain.media.PreparedPhoto;
import org.vetlis.lab.domain.order.OrderRepository;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.patient.PatientAccess;
import org.vetlis.lab.domain.patient.PatientRepository;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.NotPermittedException;

@Stateless
public class DefaultPatientPhotos implements PatientPhotos {

    @Inject
    private PatientRepository patients;

    @Inject
    private OrderRepository orders;

    @Inject
    private PatientPhotoRepository photos;

    @Inject
    private PhotoPreparation preparation;

    @Inject
    private MediaStore media;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "vetlis.photos.max-bytes", defaultValue = "20971520")
    private int maxBytes;

    @Inject
    @ConfigProperty(name = "vetlis.photos.max-pixels", defaultValue = "40000000")
    private long maxPixels;

    @Override
    public PatientPhoto add(long patientId, InputStream upload, PatientAccess access, Actor actor) {
        Patient patient = visible(patientId, access);
        PhotoLimits limits = new PhotoLimits(maxBytes, maxPixels);
        PreparedPhoto prepared = preparation.prepare(limits.read(upload), limits);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean first = photos.ofPatient(patientId).isEmpty();
        PatientPhoto photo = new PatientPhoto(patient.id(), prepared, media.put(prepared.stored(), prepared.storedFormat()),
                media.put(prepared.thumbnail(), prepared.storedFormat()), sha256(prepared.stored()), first, actor.username(), now);
        photos.store(photo);
        record(actor, AuditAction.PHOTO_ADDED, photo, null, now);
        return photo;
    }

    @Override
    public List<PatientPhoto> photos(long patientId, PatientAccess access) {
        visible(patientId, access);
        return photos.ofPatient(patientId);
    }

    @Override
    public Image image(long patientId, long photoId, boolean thumbnail, PatientAccess access) {
        PatientPhoto photo = photo(patientId, photoId, access);
        return new Image(media.read(thumbnail ? photo.thumbName() : photo.storedName()), photo.contentType(), photo.fileName(thumbnail));
    }

    @Override
    public PatientPhoto makePrimary(long patientId, long photoId, PatientAccess access, Actor actor) {
        PatientPhoto photo = photo(patientId, photoId, access);
        String before = AuditJson.of(photo.snapshot());
        photos.ofPatient(patientId).stream().filter(p -> !p.id().equals(photo.id())).forEach(PatientPhoto::clearPrimary);
        photo.makePrimary();
        record(actor, AuditAction.PHOTO_MADE_PRIMARY, photo, before, OffsetDateTime.now(ZoneOffset.UTC));
        return photo;
    }

    @Override
    public void remove(long patientId, long photoId, PatientAccess access, Actor actor) {
        PatientPhoto photo = photo(patientId, photoId, access);
        String before = AuditJson.of(photo.snapshot());
        boolean wasPrimary = photo.primary();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        photo.remove(actor.username(), now);
        if (wasPrimary) {
            // the newest photo left takes its place, so an animal with photos always shows one
            photos.ofPatient(patientId).stream().filter(p -> !p.removed()).findFirst().ifPresent(PatientPhoto::makePrimary);
        }
        record(actor, AuditAction.PHOTO_REMOVED, photo, before, now);
    }

    private PatientPhoto photo(long patientId, long photoId, PatientAccess access) {
        visible(patientId, access);
        return photos.find(photoId).filter(p -> p.patientId() == patientId && !p.removed())
                .orElseThrow(() -> new NotFoundException("photo " + photoId + " of patient", patientId));
    }

    private Patient visible(long patientId, PatientAccess access) {
        Patient patient = patients.find(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
        if (access.wholeLab()) {
            return patient; // the lab sees every animal: no query about who placed what
        }
        boolean own = patient.registeredBy().filter(access.username()::equals).isPresent() || orders.placedAnyFor(patientId, access.username());
        if (!own) {
            throw new NotPermittedException("patient " + patientId + " is not one that " + access.username()
                    + " registered or ordered for: a practice system sees its own patients' photos only");
        }
        return patient;
    }

    private void record(Actor actor, AuditAction action, PatientPhoto photo, String before, OffsetDateTime now) {
        audit.append(AuditEvent.of(actor.username(), action, now).on("Patient", photo.patientId())
                .detail("photo " + photo.id()).change(before, AuditJson.of(photo.snapshot())).origin(actor.origin()).build());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java", e);
        }
    }
}

package org.vetlis.lab.application;

import java.io.InputStream;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.media.PatientPhoto;
import org.vetlis.lab.domain.patient.PatientAccess;

/**
 * Photos of an animal, to tell it apart at reception and at the bench: added (checked by content, limited in bytes
 * and pixels, stripped of EXIF and GPS, with a thumbnail), listed, one made primary, removed (only marked removed).
 * Each is shown only to those who may see the animal ({@link PatientAccess}); every change is audited.
 */
public interface PatientPhotos {

    /** An image and how to serve it. */
    record Image(byte[] content, String contentType, String fileName) {
    }

    /** Keeps the upload as the animal's photo; its first photo becomes its primary one. */
    PatientPhoto add(long patientId, @NotNull InputStream upload, @NotNull PatientAccess access, @NotNull Actor actor);

    /** The animal's photos, the primary first, then the newest. */
    List<PatientPhoto> photos(long patientId, @NotNull PatientAccess access);

    /** The photo, or its thumbnail. */
    Image image(long patientId, long photoId, boolean thumbnail, @NotNull PatientAccess access);

    PatientPhoto makePrimary(long patientId, long photoId, @NotNull PatientAccess access, @NotNull Actor actor);

    /** Marks the photo removed: no longer listed or served, kept on disk and in the trail. */
    void remove(long patientId, long photoId, @NotNull PatientAccess access, @NotNull Actor actor);
}

package org.vetlis.interfaces.web.patient;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.vetlis.interfaces.web.Feedback;
import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.PatientPhotos;
import org.vetlis.lab.domain.media.PatientPhoto;

/**
 * An animal's photos on the patient and reception pages: the thumbnails, the upload (the browser shows the chosen
 * picture before it is sent), making one primary and removing one. The page names the animal.
 */
@Named
@ViewScoped
public class PhotoPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** As through the API: who adds photos, and who makes one primary or removes one. */
    private static final String[] ADDERS = {"RECEPTION", "TECHNICIAN", "LAB_MANAGER", "ADMIN", "INTEGRATION"};
    private static final String[] KEEPERS = {"RECEPTION", "LAB_MANAGER", "ADMIN", "INTEGRATION"};

    @Inject
    private transient PatientPhotos photos;

    @Inject
    private transient WebCallers callers;

    private Long shownFor;
    private transient List<PatientPhoto> shown;

    /** The animal's photos, read once per animal and view (again after a change). */
    public List<PatientPhoto> photos(Long patientId) {
        if (patientId == null) {
            return List.of();
        }
        if (shown == null || !patientId.equals(shownFor)) {
            List<PatientPhoto> read = Feedback.attempt(() -> photos.photos(patientId, callers.patientAccess()));
            shown = read == null ? List.of() : read;
            shownFor = patientId;
        }
        return shown;
    }

    public void upload(FileUploadEvent event) {
        if (!callers.isIn(ADDERS)) {
            Feedback.error("Your role does not add photos");
            return;
        }
        Object patientId = event.getComponent().getAttributes().get("patientId");
        if (!(patientId instanceof Number id)) {
            Feedback.error("Choose the animal first");
            return;
        }
        PatientPhoto added = Feedback.attempt(() -> {
            try (InputStream content = event.getFile().getInputStream()) {
                return photos.add(id.longValue(), content, callers.patientAccess(), callers.current());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (added != null) {
            Feedback.info("Photo added" + (added.primary() ? " as the animal's primary photo" : ""));
        }
        shown = null;
    }

    public void makePrimary(long patientId, long photoId) {
        if (!isKeeper()) {
            Feedback.error("Your role does not change photos");
            return;
        }
        if (Feedback.attempt(() -> photos.makePrimary(patientId, photoId, callers.patientAccess(), callers.current())) != null) {
            Feedback.info("Primary photo changed");
        }
        shown = null;
    }

    public void remove(long patientId, long photoId) {
        if (!isKeeper()) {
            Feedback.error("Your role does not remove photos");
            return;
        }
        Boolean removed = Feedback.attempt(() -> {
            photos.remove(patientId, photoId, callers.patientAccess(), callers.current());
            return Boolean.TRUE;
        });
        if (removed != null) {
            Feedback.info("Photo removed");
        }
        shown = null;
    }

    public boolean isAdder() {
        return callers.isIn(ADDERS);
    }

    public boolean isKeeper() {
        return callers.isIn(KEEPERS);
    }
}

package org.vetlis.interfaces.rest.patient;

import java.time.OffsetDateTime;

import org.vetlis.lab.domain.media.PatientPhoto;

/**
 * A photo of an animal as the API lists it: what was sent, what is kept (its type, size and SHA-256), whether it is
 * the animal's primary photo, and where to fetch the image and its thumbnail.
 */
public record PhotoDto(long id, long patientId, boolean primary, String sentFormat, String contentType, int width, int height,
                       int bytes, String sha256, OffsetDateTime addedAt, String addedBy, String image, String thumbnail) {

    static PhotoDto of(PatientPhoto p) {
        String base = "/lis/api/v1/patients/" + p.patientId() + "/photos/" + p.id();
        return new PhotoDto(p.id(), p.patientId(), p.primary(), p.sentFormat().name(), p.contentType(), p.width(), p.height(),
                p.byteSize(), p.sha256(), p.addedAt(), p.addedBy(), base + "/image", base + "/thumbnail");
    }
}

package org.vetlis.lab.domain.media;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.ConflictException;

/**
 * A photo of an animal, kept in the media directory under a name VetLIS made, with its thumbnail beside it. One of an
 * animal's photos is its primary one, shown wherever the animal is. Removing a photo only marks it removed.
 */
@Entity
@Table(name = "patient_photo")
@NamedQuery(name = "PatientPhoto.ofPatient", query = "select p from PatientPhoto p where p.patientId = :patient and p.removedAt is null"
        + " order by p.primary desc, p.addedAt desc, p.id desc")
public class PatientPhoto {

    @Id
    @SequenceGenerator(name = "patient_photo_id", sequenceName = "patient_photo_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_photo_id")
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "stored_name", nullable = false, updatable = false, length = 64)
    private String storedName;

    @Column(name = "thumb_name", nullable = false, updatable = false, length = 64)
    private String thumbName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 20)
    private String contentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "sent_format", nullable = false, updatable = false, length = 10)
    private ImageFormat sentFormat;

    @Column(name = "width", nullable = false, updatable = false)
    private int width;

    @Column(name = "height", nullable = false, updatable = false)
    private int height;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private int byteSize;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Column(name = "added_at", nullable = false, updatable = false)
    private OffsetDateTime addedAt;

    @Column(name = "added_by", nullable = false, updatable = false, length = 64)
    private String addedBy;

    @Column(name = "removed_at")
    private OffsetDateTime removedAt;

    @Column(name = "removed_by", length = 64)
    private String removedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PatientPhoto() {
        // for JPA
    }

    public PatientPhoto(long patientId, PreparedPhoto photo, String storedName, String thumbName, String sha256,
                        boolean primary, String addedBy, OffsetDateTime addedAt) {
        this.patientId = patientId;
        this.storedName = Objects.requireNonNull(storedName, "storedName");
        this.thumbName = Objects.requireNonNull(thumbName, "thumbName");
        this.contentType = photo.storedFormat().mediaType();
        this.sentFormat = photo.sentFormat();
        this.width = photo.width();
        this.height = photo.height();
        this.byteSize = photo.stored().length;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.primary = primary;
        this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    public void makePrimary() {
        requireKept();
        primary = true;
    }

    public void clearPrimary() {
        primary = false;
    }

    public void remove(String by, OffsetDateTime at) {
        requireKept();
        removedBy = Objects.requireNonNull(by, "by");
        removedAt = Objects.requireNonNull(at, "at");
        primary = false;
    }

    private void requireKept() {
        if (removedAt != null) {
            throw new ConflictException("photo " + id + " was removed " + removedAt + " by " + removedBy);
        }
    }

    /** The name offered for saving it: made from the ids, never the upload's. */
    public String fileName(boolean thumbnail) {
        return "patient-" + patientId + "-photo-" + id + (thumbnail ? "-thumb" : "") + (contentType.equals("image/png") ? ".png" : ".jpg");
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("patientId", patientId);
        s.put("sentFormat", sentFormat.name());
        s.put("contentType", contentType);
        s.put("width", width);
        s.put("height", height);
        s.put("bytes", byteSize);
        s.put("sha256", sha256);
        s.put("primary", primary);
        s.put("removed", removedAt != null);
        return s;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public String storedName() {
        return storedName;
    }

    public String thumbName() {
        return thumbName;
    }

    public String contentType() {
        return contentType;
    }

    public ImageFormat sentFormat() {
        return sentFormat;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int byteSize() {
        return byteSize;
    }

    public String sha256() {
        return sha256;
    }

    public boolean primary() {
        return primary;
    }

    public OffsetDateTime addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }

    public boolean removed() {
        return removedAt != null;
    }

    public long version() {
        return version;
    }
}

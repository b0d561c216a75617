package org.vetlis.lab.domain.media;

/** An upload that is not kept, and why; nothing of it is written anywhere. */
public class PhotoRefusedException extends RuntimeException {

    /** Why an upload is refused. */
    public enum Reason {
        /** Not a JPEG, PNG or WebP by its content, or one that does not decode. */
        NOT_AN_IMAGE,
        /** More bytes than the lab allows. */
        TOO_LARGE,
        /** More pixels than the lab allows: a small file that would decode into a huge image. */
        TOO_MANY_PIXELS
    }

    private final Reason reason;

    public PhotoRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

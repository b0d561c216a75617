package org.vetlis.lab.domain.media;

/** Turns an upload into a {@link PreparedPhoto}, or refuses it with a {@link PhotoRefusedException}. */
public interface PhotoPreparation {

    PreparedPhoto prepare(byte[] upload, PhotoLimits limits);
}

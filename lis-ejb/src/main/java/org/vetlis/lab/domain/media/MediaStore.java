package org.vetlis.lab.domain.media;

/**
 * Where the images are kept, outside the database. Names are made by the store, never taken from an upload, so no
 * upload can name a place of its choosing.
 */
public interface MediaStore {

    /** Keeps the bytes and returns the name made for them. */
    String put(byte[] content, ImageFormat format);

    byte[] read(String name);

    /** Removes what {@link #put} wrote when the record of it was not kept (a transaction that rolled back). */
    void discard(String name);
}

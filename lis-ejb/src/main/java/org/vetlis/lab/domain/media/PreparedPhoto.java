package org.vetlis.lab.domain.media;

/**
 * An upload made fit to keep: decoded, turned upright, and written again as pixels only (no EXIF, GPS or comments),
 * with its thumbnail.
 *
 * @param sentFormat what the upload was
 * @param stored     the image to keep, JPEG (or PNG where the upload had transparency or was a PNG)
 * @param thumbnail  at most {@link #THUMBNAIL_EDGE} pixels on its longer side, in the stored format
 */
public record PreparedPhoto(ImageFormat sentFormat, ImageFormat storedFormat, byte[] stored, byte[] thumbnail, int width, int height) {

    public static final int THUMBNAIL_EDGE = 240;
}

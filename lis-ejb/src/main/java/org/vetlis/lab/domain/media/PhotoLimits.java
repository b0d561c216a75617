package org.vetlis.lab.domain.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * How large a photo may be, in bytes as sent and in pixels once decoded. The pixel limit is read from the image's
 * header before anything is decoded, so a few kilobytes that claim to be a gigapixel image cost nothing.
 */
public record PhotoLimits(int maxBytes, long maxPixels) {

    /** 20 MiB and 40 megapixels: any phone or camera photo, nothing that would fill the server's memory. */
    public static final PhotoLimits DEFAULT = new PhotoLimits(20 * 1024 * 1024, 40_000_000L);

    public PhotoLimits {
        if (maxBytes < 1024 || maxPixels < 10_000) {
            throw new IllegalArgumentException("photo limits too small: " + maxBytes + " bytes, " + maxPixels + " pixels");
        }
    }

    /** The whole upload, read no further than one byte past the limit. */
    public byte[] read(InputStream upload) {
        try {
            ByteArrayOutputStream kept = new ByteArrayOutputStream(64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = upload.read(buffer)) > 0; ) {
                kept.write(buffer, 0, n);
                if (kept.size() > maxBytes) {
                    throw tooLarge();
                }
            }
            return kept.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }

    /** Refuses content over the byte limit. */
    public void checkBytes(long size) {
        if (size > maxBytes) {
            throw tooLarge();
        }
    }

    /** Refuses an image whose header announces more pixels than allowed. */
    public void checkPixels(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new PhotoRefusedException(PhotoRefusedException.Reason.NOT_AN_IMAGE, "the image announces no size (" + width + " × " + height + ")");
        }
        if ((long) width * height > maxPixels) {
            throw new PhotoRefusedException(PhotoRefusedException.Reason.TOO_MANY_PIXELS, "the image is " + width + " × " + height
                    + " pixels; at most " + maxPixels + " pixels are accepted");
        }
    }

    private PhotoRefusedException tooLarge() {
        return new PhotoRefusedException(PhotoRefusedException.Reason.TOO_LARGE, "the photo is larger than " + maxBytes / 1024 + " KiB");
    }
}

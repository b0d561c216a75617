package org.vetlis.lab.domain.media;

import java.util.Optional;

/** The image formats a photo may arrive in, told apart by their first bytes, never by a file name or a header. */
public enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format the bytes start as, if any of the three. */
    public static Optional<ImageFormat> sniff(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_SIGNATURE, 0)) {
            return Optional.of(PNG);
        }
        if (content.length >= 16 && startsWith(content, "RIFF".getBytes(), 0) && startsWith(content, "WEBPVP8".getBytes(), 8)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int at) {
        if (content.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

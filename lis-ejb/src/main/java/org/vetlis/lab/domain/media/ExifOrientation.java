package org.vetlis.lab.domain.media;

/**
 * The EXIF orientation of a JPEG (1 to 8; 1 when it has none): how a camera held on its side says which way is up.
 * Photos are stored without their EXIF block, so the orientation must be applied to the pixels first, or a phone's
 * portrait photo would be stored lying down. Reads the segments before the image data and nothing else.
 */
public final class ExifOrientation {

    public static final int UPRIGHT = 1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    public static int of(byte[] jpeg) {
        int at = 2; // after SOI
        while (at + 4 <= jpeg.length && u8(jpeg, at) == 0xFF) {
            int marker = u8(jpeg, at + 1);
            if (marker == 0xDA || marker == 0xD9) {
                return UPRIGHT; // image data starts: no EXIF before it
            }
            int length = (u8(jpeg, at + 2) << 8) | u8(jpeg, at + 3);
            if (length < 2 || at + 2 + length > jpeg.length) {
                return UPRIGHT;
            }
            if (marker == 0xE1 && isExif(jpeg, at + 4, length - 2)) {
                return fromTiff(jpeg, at + 10, at + 2 + length);
            }
            at += 2 + length;
        }
        return UPRIGHT;
    }

    private static boolean isExif(byte[] b, int at, int length) {
        return length >= 6 && b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0 && b[at + 5] == 0;
    }

    /** IFD0 of the TIFF structure starting at {@code tiff}, ending before {@code end}. */
    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return UPRIGHT;
        }
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return UPRIGHT;
        }
        long ifd = tiff + u32(b, tiff + 4, little);
        if (ifd + 2 > end) {
            return UPRIGHT;
        }
        int entries = u16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return UPRIGHT;
            }
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? u8(b, at) | (u8(b, at + 1) << 8) : (u8(b, at) << 8) | u8(b, at + 1);
    }

    private static long u32(byte[] b, int at, boolean little) {
        return little ? (u16(b, at, true) | ((long) u16(b, at + 2, true) << 16)) : (((long) u16(b, at, false) << 16) | u16(b, at + 2, false));
    }
}

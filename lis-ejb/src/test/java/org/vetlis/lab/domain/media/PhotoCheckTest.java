package org.vetlis.lab.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What an upload is, told from its bytes; its EXIF orientation; the byte and pixel limits. */
class PhotoCheckTest {

    @Test
    void theFormatIsToldByTheFirstBytesAlone() {
        assertThat(ImageFormat.sniff(SamplePhotos.jpeg(8, 8))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff(SamplePhotos.png(8, 8, true))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.sniff(SamplePhotos.webp())).contains(ImageFormat.WEBP);
        assertThat(ImageFormat.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageFormat.sniff("a text file renamed .jpg\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageFormat.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).as("a RIFF that is not WebP").isEmpty();
        assertThat(ImageFormat.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).as("two bytes of a JPEG").isEmpty();
        assertThat(ImageFormat.sniff(new byte[0])).isEmpty();
    }

    @Test
    void theOrientationIsReadFromTheExifBlockInEitherByteOrder() {
        byte[] plain = SamplePhotos.jpeg(40, 20);
        assertThat(ExifOrientation.of(plain)).isEqualTo(ExifOrientation.UPRIGHT);
        for (int orientation = 1; orientation <= 8; orientation++) {
            assertThat(ExifOrientation.of(SamplePhotos.withExif(plain, orientation, ByteOrder.LITTLE_ENDIAN))).isEqualTo(orientation);
            assertThat(ExifOrientation.of(SamplePhotos.withExif(plain, orientation, ByteOrder.BIG_ENDIAN))).isEqualTo(orientation);
        }
    }

    @Test
    void aBrokenOrOutOfRangeExifBlockReadsAsUpright() {
        byte[] turned = SamplePhotos.withExif(SamplePhotos.jpeg(40, 20), 6, ByteOrder.BIG_ENDIAN);
        byte[] cut = java.util.Arrays.copyOf(turned, 30);
        assertThat(ExifOrientation.of(cut)).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.of(SamplePhotos.withExif(SamplePhotos.jpeg(40, 20), 9, ByteOrder.BIG_ENDIAN))).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEqualTo(ExifOrientation.UPRIGHT);
    }

    @Test
    void anUploadIsReadNoFurtherThanOneBytePastTheLimit() {
        PhotoLimits limits = new PhotoLimits(2048, 1_000_000);
        assertThat(limits.read(new ByteArrayInputStream(new byte[2048]))).hasSize(2048);
        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> limits.read(endless)).isInstanceOfSatisfying(PhotoRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(PhotoRefusedException.Reason.TOO_LARGE));
        assertThat(endless.served).isLessThanOrEqualTo(2048 + 64 * 1024);
    }

    @Test
    void thePixelLimitCountsWidthTimesHeight() {
        PhotoLimits limits = new PhotoLimits(2048, 1_000_000);
        limits.checkPixels(1000, 1000);
        assertThatThrownBy(() -> limits.checkPixels(1001, 1000)).isInstanceOfSatisfying(PhotoRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(PhotoRefusedException.Reason.TOO_MANY_PIXELS));
        assertThatThrownBy(() -> limits.checkPixels(70_000, 70_000)).as("no int overflow").isInstanceOf(PhotoRefusedException.class);
        assertThatThrownBy(() -> limits.checkPixels(0, 10)).isInstanceOfSatisfying(PhotoRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(PhotoRefusedException.Reason.NOT_AN_IMAGE));
    }

    /** An upload that never ends, counting what was read of it. */
    private static final class CountingStream extends java.io.InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            return len;
        }
    }
}

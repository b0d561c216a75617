package org.vetlis.lab.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.vetlis.lab.domain.media.ExifOrientation;
import org.vetlis.lab.domain.media.ImageFormat;
import org.vetlis.lab.domain.media.PhotoLimits;
import org.vetlis.lab.domain.media.PhotoRefusedException;
import org.vetlis.lab.domain.media.PhotoRefusedException.Reason;
import org.vetlis.lab.domain.media.PreparedPhoto;
import org.vetlis.lab.domain.media.SamplePhotos;

/** Uploads decoded, turned upright, written again without their metadata, and refused when they are not photos. */
class ImageIoPhotosTest {

    private final ImageIoPhotos photos = new ImageIoPhotos();

    @Test
    void aCameraJpegIsStoredUprightWithoutItsExifAndGpsBlock() throws IOException {
        // taken with the camera on its side: stored 40 wide, 20 high, to be turned 90° clockwise (orientation 6)
        byte[] upload = SamplePhotos.withExif(SamplePhotos.jpeg(400, 200), 6, ByteOrder.LITTLE_ENDIAN);
        assertThat(SamplePhotos.hasExif(upload)).isTrue();

        PreparedPhoto photo = photos.prepare(upload, PhotoLimits.DEFAULT);

        assertThat(photo.sentFormat()).isEqualTo(ImageFormat.JPEG);
        assertThat(photo.storedFormat()).isEqualTo(ImageFormat.JPEG);
        assertThat(SamplePhotos.hasExif(photo.stored())).isFalse();
        assertThat(new String(photo.stored(), StandardCharsets.ISO_8859_1)).doesNotContain("Cam");
        assertThat(ExifOrientation.of(photo.stored())).isEqualTo(ExifOrientation.UPRIGHT);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.stored()));
        assertThat(new int[] {stored.getWidth(), stored.getHeight(), photo.width(), photo.height()}).containsExactly(200, 400, 200, 400);
        assertThat(isRed(stored.getRGB(stored.getWidth() - 5, 5))).as("the red corner is now top right").isTrue();
        assertThat(isRed(stored.getRGB(5, 5))).isFalse();
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
        assertThat(new int[] {thumb.getWidth(), thumb.getHeight()}).containsExactly(120, 240);
    }

    @Test
    void eachOrientationEndsWithTheRedCornerTopLeft() throws IOException {
        // a picture that is upright once turned: draw the red corner where each orientation says the top left is
        for (int orientation = 2; orientation <= 8; orientation++) {
            BufferedImage upright = SamplePhotos.picture(60, 30, false);
            BufferedImage asTaken = inverse(upright, orientation);
            BufferedImage back = ImageIoPhotos.upright(asTaken, orientation);
            assertThat(new int[] {back.getWidth(), back.getHeight()}).as("orientation " + orientation).containsExactly(60, 30);
            assertThat(isRed(back.getRGB(2, 2))).as("orientation " + orientation + " top left").isTrue();
            assertThat(isRed(back.getRGB(57, 27))).as("orientation " + orientation + " bottom right").isFalse();
            assertThat(isRed(back.getRGB(57, 2)) || isRed(back.getRGB(2, 27))).as("orientation " + orientation + " other corners").isFalse();
        }
    }

    @Test
    void aPngKeepsItsTransparencyAndAWebPIsStoredAsJpeg() throws IOException {
        PreparedPhoto png = photos.prepare(SamplePhotos.png(300, 500, true), PhotoLimits.DEFAULT);
        assertThat(png.storedFormat()).isEqualTo(ImageFormat.PNG);
        assertThat(ImageIO.read(new ByteArrayInputStream(png.stored())).getColorModel().hasAlpha()).isTrue();
        assertThat(new int[] {png.width(), png.height()}).containsExactly(300, 500);

        PreparedPhoto webp = photos.prepare(SamplePhotos.webp(), PhotoLimits.DEFAULT);
        assertThat(webp.sentFormat()).isEqualTo(ImageFormat.WEBP);
        assertThat(webp.storedFormat()).isEqualTo(ImageFormat.JPEG);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(webp.stored()));
        assertThat(new int[] {decoded.getWidth(), decoded.getHeight()}).containsExactly(64, 48);
        assertThat(isRed(decoded.getRGB(3, 3))).as("the WebP's red corner").isTrue();
    }

    @Test
    void whatIsNotARealImageIsRefused() {
        assertRefused("a text file renamed .jpg\n".getBytes(StandardCharsets.US_ASCII), Reason.NOT_AN_IMAGE);
        byte[] jpeg = SamplePhotos.jpeg(200, 100);
        byte[] headOnly = Arrays.copyOf(jpeg, 4);
        assertRefused(headOnly, Reason.NOT_AN_IMAGE);
        byte[] garbage = new byte[4000];
        System.arraycopy(jpeg, 0, garbage, 0, 3);
        Arrays.fill(garbage, 3, garbage.length, (byte) 0x41);
        assertRefused(garbage, Reason.NOT_AN_IMAGE);
        byte[] fakePng = Arrays.copyOf(SamplePhotos.png(10, 10, false), 20);
        assertRefused(fakePng, Reason.NOT_AN_IMAGE);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderWithoutDecoding() {
        byte[] bomb = SamplePhotos.pngBomb(30_000, 30_000);
        assertThat(bomb.length).isLessThan(1_000_000);
        assertRefused(bomb, Reason.TOO_MANY_PIXELS);
    }

    @Test
    void anUploadOverTheByteLimitIsRefusedBeforeItIsRead() {
        assertRefused(SamplePhotos.jpeg(600, 600), Reason.TOO_LARGE, new PhotoLimits(2048, 40_000_000));
    }

    private void assertRefused(byte[] upload, Reason reason) {
        assertRefused(upload, reason, PhotoLimits.DEFAULT);
    }

    private void assertRefused(byte[] upload, Reason reason, PhotoLimits limits) {
        assertThatThrownBy(() -> photos.prepare(upload, limits)).isInstanceOfSatisfying(PhotoRefusedException.class,
                e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
    }

    /** The picture as a camera held that way would have stored it: the inverse of each orientation's turn. */
    private static BufferedImage inverse(BufferedImage upright, int orientation) {
        int inverse = switch (orientation) {
            case 6 -> 8;
            case 8 -> 6;
            default -> orientation; // flips, 180° and the transpositions are their own inverses
        };
        return ImageIoPhotos.upright(upright, inverse);
    }

    private static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 200 && g < 60 && b < 60;
    }
}

package org.vetlis.lab.infrastructure.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import org.vetlis.lab.domain.media.ExifOrientation;
import org.vetlis.lab.domain.media.ImageFormat;
import org.vetlis.lab.domain.media.PhotoLimits;
import org.vetlis.lab.domain.media.PhotoPreparation;
import org.vetlis.lab.domain.media.PhotoRefusedException;
import org.vetlis.lab.domain.media.PhotoRefusedException.Reason;
import org.vetlis.lab.domain.media.PreparedPhoto;

/**
 * Photos decoded and written again with Java's image I/O (WebP read by TwelveMonkeys' reader): the size is read
 * from the header and checked before any pixel is decoded; what is kept is the pixels alone, turned upright by the
 * EXIF orientation, as JPEG (PNG for PNGs and anything with transparency), so no EXIF, GPS position or comment of
 * the upload survives. Two photos are decoded at a time at most, which bounds the memory that decoding takes.
 */
@ApplicationScoped
public class ImageIoPhotos implements PhotoPreparation {

    private static final float JPEG_QUALITY = 0.9f;

    private final Semaphore decoding = new Semaphore(2);

    @Override
    public PreparedPhoto prepare(byte[] upload, PhotoLimits limits) {
        limits.checkBytes(upload.length);
        ImageFormat sent = ImageFormat.sniff(upload).orElseThrow(() -> new PhotoRefusedException(Reason.NOT_AN_IMAGE,
                "the content is not a JPEG, PNG or WebP image"));
        decoding.acquireUninterruptibly();
        try {
            BufferedImage image = upright(decode(upload, sent, limits), sent == ImageFormat.JPEG ? ExifOrientation.of(upload) : ExifOrientation.UPRIGHT);
            ImageFormat kept = sent == ImageFormat.PNG || image.getColorModel().hasAlpha() ? ImageFormat.PNG : ImageFormat.JPEG;
            return new PreparedPhoto(sent, kept, encode(image, kept), encode(thumbnail(image), kept), image.getWidth(), image.getHeight());
        } finally {
            decoding.release();
        }
    }

    private static BufferedImage decode(byte[] upload, ImageFormat format, PhotoLimits limits) {
        ImageReader reader = readerFor(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            limits.checkPixels(reader.getWidth(0), reader.getHeight(0));
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoRefusedException refused) {
                throw refused;
            }
            throw new PhotoRefusedException(Reason.NOT_AN_IMAGE, "the " + format + " image cannot be decoded: " + e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(ImageFormat format) {
        if (format == ImageFormat.WEBP) {
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw new IllegalStateException("the WebP reader cannot be made", e);
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no " + format + " reader in this Java");
        }
        return readers.next();
    }

    /** The image as it is meant to be seen, for EXIF orientations 2 to 8. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == ExifOrientation.UPRIGHT) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, opaque(image) ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, (double) PreparedPhoto.THUMBNAIL_EDGE / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, opaque(image) ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static boolean opaque(BufferedImage image) {
        return !image.getColorModel().hasAlpha();
    }

    private static byte[] encode(BufferedImage image, ImageFormat format) {
        BufferedImage pixels = format == ImageFormat.JPEG && image.getType() != BufferedImage.TYPE_INT_RGB
                && image.getType() != BufferedImage.TYPE_BYTE_GRAY ? rgb(image) : image;
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.name()).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("the photo could not be written as " + format, e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage rgb(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}

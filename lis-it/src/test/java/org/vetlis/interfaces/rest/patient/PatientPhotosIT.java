package org.vetlis.interfaces.rest.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.array;
import static org.vetlis.it.ApiClient.json;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;
import org.vetlis.lab.domain.media.SamplePhotos;

/**
 * Photos of an animal through the API on a real server: stored upright, without EXIF, with thumbnails, in the media
 * directory; whatever is not a real photo within the limits is refused with a problem and leaves nothing behind;
 * another practice's system gets 403.
 */
@ExtendWith(ArquillianExtension.class)
class PatientPhotosIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aJpegAndAPngAreStoredWithThumbnailsAndWithoutTheirMetadata() throws Exception {
        long patient = patient("reception", "Pixel");
        byte[] camera = SamplePhotos.withExif(SamplePhotos.jpeg(800, 400), 6, ByteOrder.BIG_ENDIAN);

        HttpResponse<String> added = api.postFile("reception", "/patients/" + patient + "/photos", "file", "IMG_0001.JPG", "image/jpeg", camera);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject jpeg = json(added);
        assertThat(jpeg.getBoolean("primary")).as("the first photo is the primary one").isTrue();
        assertThat(jpeg.getString("sentFormat")).isEqualTo("JPEG");
        assertThat(new int[] {jpeg.getInt("width"), jpeg.getInt("height")}).as("turned upright").containsExactly(400, 800);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/photos/" + jpeg.getJsonNumber("id") + "/image"));

        HttpResponse<byte[]> image = api.getBytes("viewer", "/patients/" + patient + "/photos/" + jpeg.getJsonNumber("id") + "/image");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"patient-" + patient + "-photo-"
                + jpeg.getJsonNumber("id") + ".jpg\"");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(SamplePhotos.hasExif(image.body())).as("no EXIF block, so no GPS position").isFalse();
        assertThat(sha256(image.body())).isEqualTo(jpeg.getString("sha256"));
        assertThat(jpeg.getInt("bytes")).isEqualTo(image.body().length);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(isRed(stored.getRGB(stored.getWidth() - 10, 10))).as("the red corner of the sideways shot is top right").isTrue();

        HttpResponse<String> addedPng = api.postFile("reception", "/patients/" + patient + "/photos", "file", "scan.png", "image/png",
                SamplePhotos.png(500, 300, true));
        assertThat(addedPng.statusCode()).as(addedPng.body()).isEqualTo(201);
        JsonObject png = json(addedPng);
        assertThat(png.getBoolean("primary")).isFalse();
        HttpResponse<byte[]> thumbnail = api.getBytes("tech", "/patients/" + patient + "/photos/" + png.getJsonNumber("id") + "/thumbnail");
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertThat(new int[] {thumb.getWidth(), thumb.getHeight()}).containsExactly(240, 144);
        assertThat(thumb.getColorModel().hasAlpha()).isTrue();

        for (JsonObject photo : List.of(jpeg, png)) {
            assertThat(storedFile(photo.getString("sha256"))).as("the image and its thumbnail in the media directory").hasSize(1);
        }
        var trail = json(api.get("admin", "/audit?entity=Patient&id=" + patient)).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(trail).filteredOn(e -> e.getString("action").equals("PHOTO_ADDED")).hasSize(2);
    }

    @Test
    void thePrimaryPhotoCanChangeAndARemovedPhotoIsNoLongerServedButAudited() {
        long patient = patient("reception", "Sepia");
        long first = add("reception", patient, SamplePhotos.jpeg(300, 200));
        long second = add("reception", patient, SamplePhotos.webp());

        HttpResponse<String> primary = api.put("reception", "/patients/" + patient + "/photos/" + second + "/primary",
                Json.createObjectBuilder().build(), null);
        assertThat(primary.statusCode()).as(primary.body()).isEqualTo(200);
        assertThat(array(api.get("viewer", "/patients/" + patient + "/photos")).getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("id").longValue() + ":" + p.getBoolean("primary"))
                .containsExactly(second + ":true", first + ":false");

        assertThat(api.delete("viewer", "/patients/" + patient + "/photos/" + second).statusCode()).isEqualTo(403);
        assertThat(api.delete("reception", "/patients/" + patient + "/photos/" + second).statusCode()).isEqualTo(204);
        assertThat(array(api.get("viewer", "/patients/" + patient + "/photos")).getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("id").longValue() + ":" + p.getBoolean("primary"))
                .as("the one left becomes the primary photo").containsExactly(first + ":true");
        HttpResponse<String> gone = api.get("viewer", "/patients/" + patient + "/photos/" + second + "/image");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var trail = json(api.get("admin", "/audit?entity=Patient&id=" + patient)).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(trail).extracting(e -> e.getString("action"))
                .containsSubsequence("PHOTO_ADDED", "PHOTO_ADDED", "PHOTO_MADE_PRIMARY", "PHOTO_REMOVED");
    }

    @Test
    void whatIsNotARealPhotoWithinTheLimitsIsRefusedAndLeavesNothingBehind() throws Exception {
        long patient = patient("reception", "Mallow");
        long filesBefore = mediaFiles();
        String photos = "/patients/" + patient + "/photos";

        HttpResponse<String> text = api.postFile("reception", photos, "file", "cat.jpg", "image/jpeg",
                "this is a text file, renamed .jpg\n".getBytes());
        assertProblem(text, 415, "not a JPEG, PNG or WebP");

        byte[] oversized = new byte[21 * 1024 * 1024];
        byte[] jpeg = SamplePhotos.jpeg(100, 100);
        System.arraycopy(jpeg, 0, oversized, 0, jpeg.length); // a real JPEG, 21 MiB with what follows its end
        assertProblem(api.postFile("reception", photos, "file", "huge.jpg", "image/jpeg", oversized), 413, "larger than");

        byte[] bomb = SamplePhotos.pngBomb(30_000, 30_000);
        assertThat(bomb.length).isLessThan(1_000_000);
        assertProblem(api.postFile("reception", photos, "file", "bomb.png", "image/png", bomb), 422, "30000 × 30000");

        HttpResponse<String> traversal = api.postFile("reception", photos, "file", "../../../../etc/cron.d/evil.png", "image/png",
                "* * * * * root rm -rf /\n".getBytes());
        assertProblem(traversal, 415, "not a JPEG");
        HttpResponse<String> traversalPhoto = api.postFile("reception", photos, "file", "../../config/domain.xml", "image/png",
                SamplePhotos.png(300, 300, false));
        assertThat(traversalPhoto.statusCode()).as("a real photo under a hostile name is kept under a name of ours").isEqualTo(201);
        assertThat(storedFile(json(traversalPhoto).getString("sha256"))).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).matches("[0-9a-f]{32}\\.png"));

        assertProblem(api.postFile("reception", photos, "picture", "cat.png", "image/png", SamplePhotos.png(20, 20, false)), 422, "file");

        assertThat(mediaFiles()).as("only the well-formed photo and its thumbnail were written").isEqualTo(filesBefore + 2);
        try (Connection db = TestServer.database();
             PreparedStatement rows = db.prepareStatement("select count(*) from patient_photo where patient_id = ?")) {
            rows.setLong(1, patient);
            try (ResultSet count = rows.executeQuery()) {
                count.next();
                assertThat(count.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aPracticeSystemSeesThePhotosOfItsOwnPatientsOnly() {
        long ours = patient("integration", "Biscuit");
        long theirs = patient("reception", "Pudding");
        long ourPhoto = add("integration", ours, SamplePhotos.jpeg(120, 90));
        long theirPhoto = add("reception", theirs, SamplePhotos.jpeg(120, 90));

        assertThat(api.getBytes("integration", "/patients/" + ours + "/photos/" + ourPhoto + "/image").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> refused = api.getBytes("integration", "/patients/" + theirs + "/photos/" + theirPhoto + "/image");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.get("integration", "/patients/" + theirs + "/photos").statusCode()).isEqualTo(403);
        assertThat(api.postFile("integration", "/patients/" + theirs + "/photos", "file", "x.jpg", "image/jpeg",
                SamplePhotos.jpeg(50, 50)).statusCode()).isEqualTo(403);
        assertThat(api.postFile("viewer", "/patients/" + ours + "/photos", "file", "x.jpg", "image/jpeg",
                SamplePhotos.jpeg(50, 50)).statusCode()).as("a viewer adds nothing").isEqualTo(403);
        assertThat(api.getBytes("viewer", "/patients/" + theirs + "/photos/" + theirPhoto + "/thumbnail").statusCode())
                .as("the lab sees every animal").isEqualTo(200);

        // ordering for an animal makes it one of the practice's own
        assertThat(api.post("integration", "/orders", Json.createObjectBuilder().add("patientId", theirs)
                .add("tests", Json.createArrayBuilder().add("GLU")).build()).statusCode()).isEqualTo(201);
        assertThat(api.getBytes("integration", "/patients/" + theirs + "/photos/" + theirPhoto + "/image").statusCode()).isEqualTo(200);
    }

    private long patient(String user, String name) {
        long owner = json(api.post(user, "/owners", Json.createObjectBuilder().add("lastName", "Photo-" + name).build()))
                .getJsonNumber("id").longValue();
        return json(api.post(user, "/patients", Json.createObjectBuilder().add("ownerId", owner).add("name", name)
                .add("species", "CAT").add("sex", "FEMALE").add("neuterStatus", "NEUTERED").build())).getJsonNumber("id").longValue();
    }

    private long add(String user, long patient, byte[] image) {
        HttpResponse<String> added = api.postFile(user, "/patients/" + patient + "/photos", "file", "photo", "application/octet-stream", image);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return json(added).getJsonNumber("id").longValue();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).getString("detail")).contains(detail);
    }

    private static Path mediaDirectory() {
        return Path.of(System.getProperty("vetlis.it.credentials")).getParent().getParent().resolve("vetlis-data/media");
    }

    private static long mediaFiles() throws IOException {
        if (!Files.isDirectory(mediaDirectory())) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(mediaDirectory())) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** The stored images whose content has this hash. */
    private static List<Path> storedFile(String sha256) throws IOException {
        try (Stream<Path> files = Files.walk(mediaDirectory())) {
            return files.filter(Files::isRegularFile).filter(p -> sha256(read(p)).equals(sha256)).toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60;
    }
}

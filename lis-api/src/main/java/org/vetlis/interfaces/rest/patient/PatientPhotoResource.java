package org.vetlis.interfaces.rest.patient;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.INTEGRATION;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.RECEPTION;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;
import static org.vetlis.interfaces.rest.Roles.VIEWER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.lab.application.PatientPhotos;
import org.vetlis.lab.domain.media.PatientPhoto;
import org.vetlis.lab.domain.shared.InvalidInputException;

/**
 * An animal's photos. Uploaded as {@code multipart/form-data} with the image in the part {@code file}; the file's
 * name and declared type are ignored, the content decides. Everyone in the lab sees every animal's photos; a
 * practice system sees those of the animals it registered or ordered for (403 otherwise).
 */
@Path("patients/{patient}/photos")
@RequestScoped
@SecurityRequirement(name = "jwt")
public class PatientPhotoResource {

    @Inject
    private PatientPhotos photos;

    @Inject
    private Callers callers;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER, RECEPTION, TECHNICIAN, INTEGRATION})
    @Operation(summary = "Add a photo of the animal", description = "multipart/form-data, the image in part 'file': a JPEG, PNG or WebP"
            + " (by content), at most vetlis.photos.max-bytes (20 MiB) and vetlis.photos.max-pixels (40 MP). It is stored upright"
            + " without its EXIF/GPS metadata, with a thumbnail; the animal's first photo becomes its primary one."
            + " 415 not an image, 413 too large, 422 too many pixels")
    public Response add(@PathParam("patient") long patientId, @FormParam("file") EntityPart file) {
        if (file == null) {
            throw InvalidInputException.of("file", "the photo is missing: send it as the multipart part named 'file'");
        }
        PatientPhoto photo = photos.add(patientId, file.getContent(), callers.patientAccess(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(photo.id())).path("image").build())
                .entity(PhotoDto.of(photo)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "The animal's photos", description = "The primary one first, then the newest; removed photos are not listed")
    public List<PhotoDto> list(@PathParam("patient") long patientId) {
        return photos.photos(patientId, callers.patientAccess()).stream().map(PhotoDto::of).toList();
    }

    @GET
    @Path("{photo}/image")
    @Produces({"image/jpeg", "image/png"})
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "The photo", description = "As stored: JPEG, or PNG for PNG uploads and transparent images")
    public Response image(@PathParam("patient") long patientId, @PathParam("photo") long photoId) {
        return served(photos.image(patientId, photoId, false, callers.patientAccess()));
    }

    @GET
    @Path("{photo}/thumbnail")
    @Produces({"image/jpeg", "image/png"})
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "The photo's thumbnail", description = "At most 240 pixels on its longer side")
    public Response thumbnail(@PathParam("patient") long patientId, @PathParam("photo") long photoId) {
        return served(photos.image(patientId, photoId, true, callers.patientAccess()));
    }

    @PUT
    @Path("{photo}/primary")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER, RECEPTION, INTEGRATION})
    @Operation(summary = "Make it the animal's primary photo", description = "The one shown wherever the animal is")
    public PhotoDto makePrimary(@PathParam("patient") long patientId, @PathParam("photo") long photoId) {
        return PhotoDto.of(photos.makePrimary(patientId, photoId, callers.patientAccess(), callers.current()));
    }

    @DELETE
    @Path("{photo}")
    @RolesAllowed({ADMIN, LAB_MANAGER, RECEPTION, INTEGRATION})
    @Operation(summary = "Remove the photo", description = "Marked removed and no longer served; kept on disk and in the audit trail")
    public Response remove(@PathParam("patient") long patientId, @PathParam("photo") long photoId) {
        photos.remove(patientId, photoId, callers.patientAccess(), callers.current());
        return Response.noContent().build();
    }

    private static Response served(PatientPhotos.Image image) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(300);
        return Response.ok(image.content(), image.contentType())
                .header("Content-Disposition", "inline; filename=\"" + image.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache).build();
    }
}

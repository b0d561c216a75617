package org.vetlis.interfaces.web.patient;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.PatientPhotos;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.NotPermittedException;

/**
 * An animal's photo for the pages, under the signed-in session: {@code /app/photo?patient=7&photo=52} (add
 * {@code &thumbnail} for the small one). Shown to whoever may see the animal, as through the API.
 */
@WebServlet("/app/photo")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PatientPhotos photos;

    @Inject
    private transient WebCallers callers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long patient = id(request.getParameter("patient"));
        Long photo = id(request.getParameter("photo"));
        if (patient == null || photo == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "name patient=<id> and photo=<id>");
            return;
        }
        PatientPhotos.Image image;
        try {
            image = photos.image(patient, photo, request.getParameter("thumbnail") != null, callers.patientAccess());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (NotPermittedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        }
        response.setContentType(image.contentType());
        response.setHeader("Content-Disposition", "inline; filename=\"" + image.fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLength(image.content().length);
        response.getOutputStream().write(image.content());
    }

    private static Long id(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}

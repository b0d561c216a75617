package org.vetlis.interfaces.web.label;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.vetlis.interfaces.web.WebCallers;
import org.vetlis.lab.application.Labels;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.NotFoundException;

/**
 * An order's labels as a PDF under the signed-in session, {@code /app/labels?order=12}: sized for the printer of
 * the browser's workstation (its cookie), for labs that print labels without ZPL.
 */
@WebServlet("/app/labels")
public class LabelSheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Labels labels;

    @Inject
    private transient WebCallers callers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!callers.isIn(LabelPanel.LABELLERS)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "labels are printed by reception and the lab");
            return;
        }
        String order = request.getParameter("order");
        if (order == null || !order.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "name order=<id>");
            return;
        }
        byte[] pdf;
        try {
            pdf = labels.labelsPdf(Long.parseLong(order), null, workstation(request));
        } catch (NotFoundException | ConflictException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"order-" + order + "-labels.pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private static String workstation(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LabelPanel.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}

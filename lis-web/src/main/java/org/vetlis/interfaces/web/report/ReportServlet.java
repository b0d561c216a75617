package org.vetlis.interfaces.web.report;

import java.io.IOException;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.vetlis.lab.application.Reporting;
import org.vetlis.lab.domain.shared.NotFoundException;

/**
 * Reports as PDF for the pages' "preview" links, under the signed-in session: {@code /app/report?order=12} (the
 * latest issue once released, else a preliminary one) and {@code /app/report?patient=7} (the animal's cumulative
 * report). Every role that may open an order may read its report, as through the API.
 */
@WebServlet("/app/report")
public class ReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Reporting reporting;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long order = id(request.getParameter("order"));
        Long patient = id(request.getParameter("patient"));
        if (order == null == (patient == null)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "name one order=<id> or one patient=<id>");
            return;
        }
        byte[] pdf;
        try {
            pdf = order != null ? reporting.orderReport(order) : reporting.animalReport(patient);
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException missing) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, missing.getMessage());
                return;
            }
            throw e;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + (order != null ? "order-" + order : "patient-" + patient) + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private static Long id(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}

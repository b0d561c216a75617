package org.vetlis.interfaces.rest;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns every failure into {@code application/problem+json}; unexpected ones say nothing of the inside. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? status.getReasonPhrase() : e.getMessage();
            // keep the original headers (WWW-Authenticate, Allow, Retry-After…), replace the body
            return Response.fromResponse(e.getResponse())
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail))
                    .build();
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            String detail = e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            return Problem.response(400, "Invalid request", detail);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException web) {
                return new HttpErrors().toResponse(web);
            }
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            return Problem.response(500, "Internal Server Error", "The server could not complete the request; the error is logged.");
        }
    }
}

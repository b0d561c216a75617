package org.vetlis.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.vetlis.lab.domain.media.PhotoRefusedException;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.NotPermittedException;
import org.vetlis.lab.domain.shared.StaleVersionException;

/** The domain's refusals as problem responses: 422 invalid input (with fields), 404, 409, 403, refused photos, 400 for unreadable bodies. */
public final class DomainProblemMappers {

    private DomainProblemMappers() {
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(new Problem("about:blank", "Invalid input", 422, e.getMessage(),
                    e.problems().stream().map(p -> new Problem.FieldError(p.field(), p.problem())).toList()));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(404, "Not Found", e.getMessage());
        }
    }

    @Provider
    public static class StaleVersion implements ExceptionMapper<StaleVersionException> {
        @Override
        public Response toResponse(StaleVersionException e) {
            return Problem.response(409, "Conflict", e.getMessage() + ". Read it again and redo the change.");
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.response(409, "Conflict", e.getMessage());
        }
    }

    @Provider
    public static class NotPermitted implements ExceptionMapper<NotPermittedException> {
        @Override
        public Response toResponse(NotPermittedException e) {
            return Problem.response(403, "Forbidden", e.getMessage());
        }
    }

    /** An upload that is not kept: 415 not an image, 413 too many bytes, 422 too many pixels. */
    @Provider
    public static class PhotoRefused implements ExceptionMapper<PhotoRefusedException> {
        @Override
        public Response toResponse(PhotoRefusedException e) {
            return switch (e.reason()) {
                case NOT_AN_IMAGE -> Problem.response(415, "Unsupported Media Type", e.getMessage() + ". A photo must be a JPEG, PNG or WebP image.");
                case TOO_LARGE -> Problem.response(413, "Content Too Large", e.getMessage());
                case TOO_MANY_PIXELS -> Problem.response(422, "Image Too Large", e.getMessage());
            };
        }
    }

    /** A version race that JPA caught at commit (two changes of the same version at the same moment). */
    @Provider
    public static class TransactionFailure implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    return Problem.response(409, "Conflict", "Someone else changed it at the same time. Read it again and redo the change.");
                }
            }
            return new ProblemMappers.Unexpected().toResponse(e);
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(400, "Bad Request", "The JSON body cannot be read: " + e.getMessage());
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(400, "Bad Request", "The request body cannot be read: " + e.getMessage());
        }
    }

    @Provider
    public static class BadArgument implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problem.response(400, "Bad Request", e.getMessage());
        }
    }
}

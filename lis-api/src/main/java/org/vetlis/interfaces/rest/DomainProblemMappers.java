package org.vetlis.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.StaleVersionException;

/** The domain's refusals as problem responses: 422 invalid input (with fields), 404, 409, 400 for unreadable bodies. */
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

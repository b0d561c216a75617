package org.vetlis.interfaces.rest;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error body as RFC 9457 describes ({@code application/problem+json}): every API error has this shape.
 *
 * @param type   a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title  short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time, for a person to read
 * @param errors for invalid input: each field and what is wrong with it (absent otherwise)
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field. */
    public record FieldError(String field, String problem) {
    }

    public Problem(String type, String title, int status, String detail) {
        this(type, title, status, detail, null);
    }

    public static Response response(int status, String title, String detail) {
        return response(new Problem("about:blank", title, status, detail));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }
}

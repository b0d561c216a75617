package org.vetlis.interfaces.web.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Remembers which page a visitor wanted before being sent to sign in, to take them there afterwards. */
public final class ContinueAfterSignIn {

    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String ATTRIBUTE = ContinueAfterSignIn.class.getName();

    private ContinueAfterSignIn() {
    }

    /** Remembers a GET of a page; other methods are not replayed (their form data is gone). */
    static void remember(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(ATTRIBUTE, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
    }

    /** The remembered page, once, and only if it lies inside this application (never an outside address). */
    public static Optional<String> takeFrom(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object target = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return Optional.ofNullable(target).map(String::valueOf)
                .filter(path -> isInside(path, request.getContextPath()));
    }

    static boolean isInside(String path, String contextPath) {
        return path.startsWith(contextPath + "/") && !path.startsWith("//") && !path.contains("\\")
                && !path.startsWith(contextPath + LOGIN_PAGE);
    }
}

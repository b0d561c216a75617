package org.vetlis.interfaces.web;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.NotPermittedException;
import org.vetlis.lab.domain.media.PhotoRefusedException;
import org.vetlis.lab.domain.shared.StaleVersionException;

/**
 * Runs a page's action and tells the person how it went: the domain's refusal in its own words (a field that is
 * wrong, a state that does not allow it, something not found), anything else as a short message with the details in
 * the server log, never a stack trace on the page. What the person typed stays in the form either way.
 */
public final class Feedback {

    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    private Feedback() {
    }

    /** The action's result, or null when it was refused (the reason is shown). */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InvalidInputException || cause instanceof ConflictException || cause instanceof NotFoundException
                    || cause instanceof StaleVersionException || cause instanceof IllegalArgumentException
                    || cause instanceof SecurityException || cause instanceof NotPermittedException || cause instanceof PhotoRefusedException) {
                error(cause.getMessage());
            } else {
                LOG.log(Level.WARNING, "A page action failed", e);
                error("That did not work: " + cause.getClass().getSimpleName() + ". The details are in the server log.");
            }
            return null;
        }
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}

package org.vetlis.interfaces.web;

import java.io.IOException;
import java.util.Iterator;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * A post whose view state the server does not hold (the page sat open past the session, or the post was forged on
 * another site) changes nothing and is answered with the page afresh, a redirect, and a word of why; not with an
 * error. Registered in faces-config.xml.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable thrown = events.next().getContext().getException();
                if (thrown instanceof ViewExpiredException expired) {
                    events.remove();
                    startAgain(expired.getViewId());
                }
            }
            getWrapped().handle();
        }

        private static void startAgain(String viewId) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "The page had expired, so nothing was done. Please enter it again.", null));
            try {
                external.redirect(external.getRequestContextPath() + (viewId == null ? "/app/home.xhtml" : viewId));
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }
    }
}

package org.vetlis.interfaces.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The web socket live pages listen on: it only ever says "changed", and the page then redraws itself with a normal
 * request (which checks the person's roles as any other). Under /app, so only a signed-in person can open it. The
 * open sockets belong to this deployment alone (this class is the web module's own), so a redeployed application
 * pushes to the pages opened on it.
 */
@ServerEndpoint("/app/live")
public class LiveEndpoint {

    private static final Logger LOG = Logger.getLogger(LiveEndpoint.class.getName());
    private static final Set<Session> OPEN = ConcurrentHashMap.newKeySet();

    @OnOpen
    public void open(Session session) {
        OPEN.add(session);
    }

    @OnClose
    public void close(Session session) {
        OPEN.remove(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        OPEN.remove(session);
        LOG.log(Level.FINE, "A live page's socket failed", error);
    }

    /** Tells every open page that the lab changed. */
    static void changed() {
        for (Session session : OPEN) {
            try {
                if (session.isOpen()) {
                    session.getAsyncRemote().sendText("changed");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A live page could not be told", e);
                OPEN.remove(session);
            }
        }
    }
}

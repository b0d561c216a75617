package org.vetlis.connector.ra;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;

/** A pooled control connection: a way to the connector's {@link Listeners}, handed out as {@link ControlConnection}s. */
final class ControlManagedConnection implements ManagedConnection {

    private final Listeners listeners;
    private final List<ConnectionEventListener> eventListeners = new CopyOnWriteArrayList<>();
    private final List<ControlConnection> handles = new CopyOnWriteArrayList<>();
    private PrintWriter logWriter;

    ControlManagedConnection(Listeners listeners) {
        this.listeners = listeners;
    }

    Listeners listeners() {
        return listeners;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        ControlConnection handle = new ControlConnection(this);
        handles.add(handle);
        return handle;
    }

    /** The application closed a handle: the server may pool this connection again. */
    void closed(ControlConnection handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        eventListeners.forEach(l -> l.connectionClosed(event));
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof ControlConnection handle)) {
            throw new ResourceException("not a listener control connection: " + connection);
        }
        handle.moveTo(this);
        handles.add(handle);
    }

    void released(ControlConnection handle) {
        handles.remove(handle);
    }

    @Override
    public void cleanup() {
        handles.forEach(ControlConnection::invalidate);
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        eventListeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        eventListeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("listener control is not transactional");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("listener control is not transactional");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "VetLIS analyzer connector";
            }

            @Override
            public String getEISProductVersion() {
                return "1";
            }

            @Override
            public int getMaxConnections() {
                return 0; // no limit
            }

            @Override
            public String getUserName() {
                return null;
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}

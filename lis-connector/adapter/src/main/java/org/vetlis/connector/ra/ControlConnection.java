package org.vetlis.connector.ra;

import java.util.List;

import org.vetlis.connector.api.ListenerControl;
import org.vetlis.connector.api.ListenerSpec;
import org.vetlis.connector.api.ListenerStatus;

/** The handle the application holds: each call goes to the connector's listeners until the handle is closed. */
public final class ControlConnection implements ListenerControl {

    private volatile ControlManagedConnection managed;

    ControlConnection(ControlManagedConnection managed) {
        this.managed = managed;
    }

    @Override
    public ListenerStatus open(ListenerSpec spec) {
        return running().open(spec);
    }

    @Override
    public void close(String name) {
        running().close(name);
    }

    @Override
    public ListenerStatus restart(String name) {
        return running().restart(name);
    }

    @Override
    public List<ListenerStatus> listeners() {
        return running().statuses();
    }

    @Override
    public void close() {
        ControlManagedConnection current = managed;
        if (current != null) {
            managed = null;
            current.closed(this);
        }
    }

    void moveTo(ControlManagedConnection other) {
        ControlManagedConnection previous = managed;
        if (previous != null && previous != other) {
            previous.released(this);
        }
        managed = other;
    }

    void invalidate() {
        managed = null;
    }

    private Listeners running() {
        ControlManagedConnection current = managed;
        if (current == null) {
            throw new IllegalStateException("this listener control connection is closed");
        }
        return current.listeners();
    }
}

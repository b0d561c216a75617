package org.vetlis.connector.ra;

import java.io.Serializable;

import javax.naming.Reference;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;

import org.vetlis.connector.api.ListenerControl;
import org.vetlis.connector.api.ListenerControlFactory;

/** What the application looks up: gives out listener control connections through the server's pool. */
public final class ControlConnectionFactory implements ListenerControlFactory, Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    private final ControlManagedConnectionFactory managedFactory;
    private final transient ConnectionManager connectionManager;
    private Reference reference;

    ControlConnectionFactory(ControlManagedConnectionFactory managedFactory, ConnectionManager connectionManager) {
        this.managedFactory = managedFactory;
        this.connectionManager = connectionManager;
    }

    @Override
    public ListenerControl getControl() throws ResourceException {
        return (ListenerControl) connectionManager.allocateConnection(managedFactory, null);
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}

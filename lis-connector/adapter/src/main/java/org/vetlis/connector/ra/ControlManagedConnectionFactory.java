package org.vetlis.connector.ra;

import java.io.PrintWriter;
import java.util.Set;

import javax.security.auth.Subject;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.ResourceAdapterInternalException;

import org.vetlis.connector.api.ListenerControl;
import org.vetlis.connector.api.ListenerControlFactory;

/**
 * The outbound side of the connector: connections through which the application starts, stops and reads the
 * listeners. There is nothing remote behind a connection, so every one is alike and any pooled one matches.
 */
@ConnectionDefinition(connectionFactory = ListenerControlFactory.class, connectionFactoryImpl = ControlConnectionFactory.class,
        connection = ListenerControl.class, connectionImpl = ControlConnection.class)
public class ControlManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private transient LisResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new ControlConnectionFactory(this, connectionManager);
    }

    @Override
    public Object createConnectionFactory() throws ResourceException {
        throw new jakarta.resource.NotSupportedException("the listener control is used inside the application server only");
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        if (resourceAdapter == null) {
            throw new ResourceAdapterInternalException("the listener control is not associated with the VetLIS connector");
        }
        return new ControlManagedConnection(resourceAdapter.listeners());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : candidates) {
            if (candidate instanceof ControlManagedConnection connection) {
                return connection;
            }
        }
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        if (!(adapter instanceof LisResourceAdapter lis)) {
            throw new ResourceAdapterInternalException("expected the VetLIS connector, got " + adapter);
        }
        this.resourceAdapter = lis;
    }

    /** No configuration properties: all instances are equal (JCA asks for value equality). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ControlManagedConnectionFactory;
    }

    @Override
    public int hashCode() {
        return ControlManagedConnectionFactory.class.hashCode();
    }
}

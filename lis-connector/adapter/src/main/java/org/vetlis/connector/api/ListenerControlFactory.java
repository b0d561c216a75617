package org.vetlis.connector.api;

import jakarta.resource.ResourceException;

/** Where the application gets a {@link ListenerControl} (the connector's outbound connection factory). */
public interface ListenerControlFactory {

    /** JNDI name under which the application defines it. */
    String JNDI_NAME = "java:app/vetlis/listener-control";

    ListenerControl getControl() throws ResourceException;
}

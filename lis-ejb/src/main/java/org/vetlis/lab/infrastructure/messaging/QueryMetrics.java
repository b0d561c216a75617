package org.vetlis.lab.infrastructure.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** The host-query metrics, the same for ASTM and HL7: how many were answered, with orders or not, and how fast. */
@ApplicationScoped
public class QueryMetrics {

    private static final Metadata ANSWERED = Metadata.builder().withName("vetlis.analyzer.queries")
            .withDescription("Host queries answered, by instrument and answer").build();
    private static final Metadata TIME = Metadata.builder().withName("vetlis.analyzer.query.time")
            .withDescription("Time to find the answer to a host query (the database work; the connection adds the link turnaround)")
            .build();

    @Inject
    private MetricRegistry metrics;

    void answered(String instrumentCode, boolean withOrders, Duration took) {
        Tag instrument = new Tag("instrument", instrumentCode);
        metrics.counter(ANSWERED, instrument, new Tag("answer", withOrders ? "orders" : "no_order")).inc();
        metrics.timer(TIME, instrument).update(took);
    }
}

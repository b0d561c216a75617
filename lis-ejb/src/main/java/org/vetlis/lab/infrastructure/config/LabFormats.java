package org.vetlis.lab.infrastructure.config;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vetlis.lab.domain.order.AccessionFormat;

/**
 * The lab's own formats, from MicroProfile Config (see docs/configuration.md). A format that cannot work is refused
 * when the application starts using it, with the property named, rather than printed on a thousand labels.
 */
@ApplicationScoped
public class LabFormats {

    @Inject
    @ConfigProperty(name = "vetlis.accession.prefix")
    private Optional<String> prefix; // an empty default is "no value" to MicroProfile Config

    @Inject
    @ConfigProperty(name = "vetlis.accession.year-digits", defaultValue = "2")
    private int yearDigits;

    @Inject
    @ConfigProperty(name = "vetlis.accession.sequence-digits", defaultValue = "7")
    private int sequenceDigits;

    @Inject
    @ConfigProperty(name = "vetlis.accession.check-digit", defaultValue = "true")
    private boolean checkDigit;

    /** Dependent: a record cannot be proxied, and making one is cheap. */
    @Produces
    AccessionFormat accessionFormat() {
        try {
            return new AccessionFormat(prefix.orElse("").strip(), yearDigits, sequenceDigits, checkDigit);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("vetlis.accession.*: " + e.getMessage(), e);
        }
    }
}

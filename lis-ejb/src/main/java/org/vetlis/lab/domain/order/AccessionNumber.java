package org.vetlis.lab.domain.order;

import java.util.Objects;

/**
 * The barcode of a specimen, as printed on its label. Made and checked by the lab's {@link AccessionFormat};
 * compared as text.
 */
public final class AccessionNumber {

    private final String value;

    private AccessionNumber(String value) {
        this.value = value;
    }

    /** A barcode as issued or stored (already checked by its format). */
    static AccessionNumber of(String value) {
        return new AccessionNumber(Objects.requireNonNull(value, "value"));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessionNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.vetlis.lab.domain.instrument;

/** An instrument's settings or test codes changed (fired in the changing transaction; observers act once it commits). */
public record InstrumentChanged(String instrumentCode) {
}

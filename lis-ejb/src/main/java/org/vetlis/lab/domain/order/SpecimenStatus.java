package org.vetlis.lab.domain.order;

/** A specimen is expected when ordered, then received at the lab or rejected with a coded reason. */
public enum SpecimenStatus { EXPECTED, RECEIVED, REJECTED }

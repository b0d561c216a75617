package org.vetlis.lab.domain.order;

/** How soon the clinic needs the results; STAT goes before everything else. */
public enum Urgency { ROUTINE, URGENT, STAT }

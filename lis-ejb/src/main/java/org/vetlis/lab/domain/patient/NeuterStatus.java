package org.vetlis.lab.domain.patient;

/** Reference ranges of some analytes differ between intact and neutered animals. */
public enum NeuterStatus { INTACT, NEUTERED, UNKNOWN }

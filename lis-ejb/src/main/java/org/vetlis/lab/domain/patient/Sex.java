package org.vetlis.lab.domain.patient;

public enum Sex { MALE, FEMALE, UNKNOWN }

package org.vetlis.lab.domain.catalogue;

/** What kind of value a test reports. */
public enum ResultType { NUMERIC, TEXT, CHOICE }

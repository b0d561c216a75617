package org.vetlis.connector.api;

/** The wire protocols analyzers speak to the connector. */
public enum Protocol {
    /** ASTM E1381 (LIS1-A) link with E1394 (LIS2-A2) records. */
    ASTM,
    /** HL7 v2 over MLLP. */
    HL7
}

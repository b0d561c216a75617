package org.vetlis.lab.domain.instrument;

public interface ResultReceipts {

    /** Whether this result was taken before. */
    boolean contains(String instrumentCode, String accession, String analyzerCode, String reportedAt, String reportedValue);

    void store(ResultReceipt receipt);
}

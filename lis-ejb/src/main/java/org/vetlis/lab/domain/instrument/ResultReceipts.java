package org.vetlis.lab.domain.instrument;

import java.util.Set;

public interface ResultReceipts {

    /**
     * What this instrument has reported on this specimen so far, as {@link ResultReceipt#key(String, String, String)}
     * keys: a result whose key is among them was taken before.
     */
    Set<String> takenOn(String instrumentCode, String accession);

    void store(ResultReceipt receipt);
}

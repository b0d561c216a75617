package org.vetlis.lab.domain.qc;

import java.util.Optional;

/** Whether an analyzer's patient results of a test are held because its QC failed, and why. */
public interface QcHolds {

    Optional<String> holdReason(String instrument, String test);
}

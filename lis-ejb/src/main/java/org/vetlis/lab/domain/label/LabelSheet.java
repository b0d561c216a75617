package org.vetlis.lab.domain.label;

import java.util.List;

/** Labels as a PDF, for a lab without a ZPL printer: a page per label, the page the label's size. */
public interface LabelSheet {

    /** The size of the common 2" × 1" specimen label, for a workstation without a printer of its own. */
    int DEFAULT_WIDTH_MM = 50;
    int DEFAULT_HEIGHT_MM = 25;

    byte[] pdf(List<LabelContent> labels, int widthMm, int heightMm);
}

/**
 * Quality control: control lots with their targets, QC results as z-scores, and the Westgard multirules read over
 * each lot and level's series (and across levels where a rule says so). {@link WestgardRules} is pure: no
 * container, no clock, no database.
 */
package org.vetlis.lab.domain.qc;

/**
 * Reports: what goes out to the veterinarian. A report is rendered on demand while results come in (marked
 * preliminary), released once every result is verified (final), and issued again, marked amended, after an
 * amendment; every issue that went out is kept as sent.
 */
package org.vetlis.lab.domain.report;

/**
 * Specimen labels: the lab's label printers and workstations, labels drawn as ZPL, and the print queue that delivers
 * them over the network, waiting for a printer that is off or busy.
 */
package org.vetlis.lab.domain.label;

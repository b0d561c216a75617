/** Owners (the lab's clients), their animals (patients), and the species and breed catalogue. */
package org.vetlis.lab.domain.patient;

/**
 * Reading a result against the animal: its species' reference ranges (narrowed by sex, neuter status, age and
 * instrument where the lab has them) and the flag VetLIS computes from the chosen range. Pure rules over values;
 * the ranges themselves are the lab's data.
 */
package org.vetlis.lab.domain.interpretation;

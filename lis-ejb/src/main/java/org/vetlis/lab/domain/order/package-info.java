/** Orders, their specimens and test runs: what was asked for, what was collected, what was measured. */
package org.vetlis.lab.domain.order;

/** Analyzers: how each one is reached and speaks, and the codes it uses for the catalogue's tests. */
package org.vetlis.lab.domain.instrument;

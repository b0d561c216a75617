/** Values shared by the aggregates: paging. */
package org.vetlis.lab.domain.shared;

/** The test catalogue: tests, panels (profiles) and the specimen types they are measured in. */
package org.vetlis.lab.domain.catalogue;

/** The message log: every analyzer message kept exactly as received. */
package org.vetlis.lab.domain.messagelog;

package org.vetlis.lab.domain.messagelog;

/** A message was stored in the message log (fired in the storing transaction; observers act once it commits). */
public record MessageStored(long messageId) {
}

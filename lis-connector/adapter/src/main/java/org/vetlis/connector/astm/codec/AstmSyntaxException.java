package org.vetlis.connector.astm.codec;

/** E1394 text that cannot be read as records: no header, unusable delimiters. */
public class AstmSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AstmSyntaxException(String message) {
        super(message);
    }
}

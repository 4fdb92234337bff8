package org.netdeck.math;

/**
 * TeX that cannot be translated: what is wrong, how to fix it, and the offset (a UTF-16 index into the
 * TeX string) where it is, for the caller to turn into a file position.
 */
public final class TexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;

    public TexException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** Where in the TeX the problem is, from 0. */
    public int offset() {
        return offset;
    }

    /** No stack trace: a message for an author, not a bug. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}

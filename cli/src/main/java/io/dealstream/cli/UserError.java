package io.dealstream.cli;

/**
 * An error the user can fix (a broker that is not running, a file that does not exist, a bad
 * option): the CLI prints its message, which says what to do, and no stack trace.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}

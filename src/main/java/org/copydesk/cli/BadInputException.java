package org.copydesk.cli;

/** Bad input from the user: the command prints the message in one line and exits 1. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}

package fr.dijon.observatoire.ingest;

/** The file cannot be loaded at all; the message, in French, says why and what to do. Nothing is loaded. */
public class InputRefusedException extends RuntimeException {

    public InputRefusedException(String message) {
        super(message);
    }

    public InputRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}

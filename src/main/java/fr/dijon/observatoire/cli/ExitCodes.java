package fr.dijon.observatoire.cli;

/** The exit codes of every command; see the README. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int REFUSED = 3;

    private ExitCodes() {
    }

    /**
     * Reports a failed job the same way in every command: « Échec <what> : <French reason> » and what to do on the
     * next line, on stderr; returns {@link #FAILURE}.
     */
    static int failed(String what, String failure, String whatToDo) {
        System.err.println("Échec " + what + " : " + fr.dijon.observatoire.store.ErrorText.french(failure));
        System.err.println("  " + whatToDo);
        return FAILURE;
    }

    /** The worse of two outcomes: failure, then refusal, then usage, then success. */
    public static int worst(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case FAILURE -> 3;
            case REFUSED -> 2;
            case USAGE -> 1;
            default -> 0;
        };
    }
}

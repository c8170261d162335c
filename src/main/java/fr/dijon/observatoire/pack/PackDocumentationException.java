package fr.dijon.observatoire.pack;

/**
 * A pack column publishes a mart column that the period's documentation (mart_dictionnaire, from the marts' schema
 * files) does not describe: the pack is not built, so that its dictionary never drifts from the marts.
 */
public final class PackDocumentationException extends IllegalStateException {

    PackDocumentationException(String message) {
        super(message);
    }
}

package fr.dijon.observatoire.indicators;

/** jobs/parametres.yml cannot be used as it is; the message is a French sentence naming the key and what to do. */
public final class InvalidParametersException extends IllegalStateException {

    public InvalidParametersException(String message) {
        super(message);
    }
}

package fr.dijon.observatoire.publication;

/** No publication exists for the requested period: the message says which command computes it. */
public final class NoPublicationException extends IllegalStateException {

    public NoPublicationException(String period) {
        super("aucune publication des indicateurs pour la période " + period + " : lancez d'abord "
                + "« ./observatoire indicateurs --periode " + period + " ».");
    }
}

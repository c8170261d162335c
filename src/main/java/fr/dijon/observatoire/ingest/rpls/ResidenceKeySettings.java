package fr.dijon.observatoire.ingest.rpls;

/**
 * How the import groups dwellings into residences, from the {@code residences} section of
 * {@code jobs/parametres.yml} (validated by {@code indicators.MethodParameters}): the single-linkage distance for
 * programme names, the tolerance around commune boundaries, and the grid of the last resort (all in metres).
 */
public record ResidenceKeySettings(double linkageDistance, double boundaryTolerance, double gridSize) {

    /** The values shipped in jobs/parametres.yml, for callers without a jobs folder (tests, tools). */
    public static final ResidenceKeySettings DEFAULT = new ResidenceKeySettings(200, 100, 25);
}

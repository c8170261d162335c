package fr.dijon.observatoire.sample;

/**
 * Kinds of places where programmes are built, with their programme sizes (log-normal, in
 * dwellings), building heights, share of named programmes (IMMEU) and, among those, share bearing a common
 * name that other estates of the commune bear too (« RESIDENCE LE PARC »).
 */
enum ZoneProfile {
    /** Large 1950s-70s estates of a quartier prioritaire. */
    QPV(70, 0.55, 16, 320, 16, 0.70, 0),
    /** Central city outside QPV. */
    CITY(12, 0.90, 2, 160, 9, 0.28, 0.30),
    /** Suburban towns. */
    SUBURB(10, 0.80, 2, 120, 6, 0.28, 0.25),
    /** Villages: few, small programmes, many houses. */
    VILLAGE(6, 0.60, 2, 40, 3, 0.25, 0);

    final double sizeMedian;
    final double sizeSigma;
    final int minSize;
    final int maxSize;
    final int maxFloors;
    final double namedShare;
    final double commonNameShare;

    ZoneProfile(double sizeMedian, double sizeSigma, int minSize, int maxSize, int maxFloors, double namedShare,
                double commonNameShare) {
        this.sizeMedian = sizeMedian;
        this.sizeSigma = sizeSigma;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.maxFloors = maxFloors;
        this.namedShare = namedShare;
        this.commonNameShare = commonNameShare;
    }

    /** Number of dwellings of a new programme of the given building type. */
    int programmeSize(BuildingType type, SeededRandom random) {
        return switch (type) {
            case INDIVIDUEL -> random.logNormal(6, 0.6, 1, 25);
            case ETUDIANT -> random.logNormal(110, 0.4, 40, 260);
            case COLLECTIF -> random.logNormal(sizeMedian, sizeSigma, minSize, maxSize);
        };
    }
}

package fr.dijon.observatoire.sample;

/** Places the buildings of one zone (a commune, or a QPV within it). */
interface SitePicker {

    /** A site for a building on {@code street}. */
    Site pick(Street street, SeededRandom random);

    /** A site a few dozen metres from {@code site}, for the next building of the same estate. */
    Site near(Site site, SeededRandom random);
}

package fr.dijon.observatoire.sample;

/**
 * Places buildings around a centre (a commune or a QPV) with a Gaussian spread, without polygons:
 * used by the national sample. IRIS are a 4 x 4 grid of 1.5 km cells around the commune centre
 * (codes commune + 0101…0404), or the single commune + "0000" for undivided communes.
 */
final class ScatterSitePicker implements SitePicker {

    private static final double IRIS_CELL = 1500;
    private static final double ESTATE_SPREAD = 40;

    private final int epsg;
    private final double centreX;
    private final double centreY;
    private final double spread;
    private final Qpv qpv;
    private final Place place;
    private final double communeX;
    private final double communeY;
    private final boolean irisDivided;

    ScatterSitePicker(int epsg, double centreX, double centreY, double spread, Qpv qpv, Place place,
                      double communeX, double communeY, boolean irisDivided) {
        this.epsg = epsg;
        this.centreX = centreX;
        this.centreY = centreY;
        this.spread = spread;
        this.qpv = qpv;
        this.place = place;
        this.communeX = communeX;
        this.communeY = communeY;
        this.irisDivided = irisDivided;
    }

    @Override
    public Site pick(Street street, SeededRandom random) {
        return site(random.gaussian(centreX, spread), random.gaussian(centreY, spread));
    }

    @Override
    public Site near(Site site, SeededRandom random) {
        return site(random.gaussian(site.x(), ESTATE_SPREAD), random.gaussian(site.y(), ESTATE_SPREAD));
    }

    private Site site(double x, double y) {
        if (!irisDivided) {
            return new Site(epsg, x, y, qpv, place.communeCode() + "0000", place.communeName());
        }
        int column = Math.floorMod((int) Math.floor((x - communeX) / IRIS_CELL), 4) + 1;
        int row = Math.floorMod((int) Math.floor((y - communeY) / IRIS_CELL), 4) + 1;
        String suffix = "0" + column + "0" + row;
        return new Site(epsg, x, y, qpv, place.communeCode() + suffix, place.communeName() + " " + suffix);
    }
}

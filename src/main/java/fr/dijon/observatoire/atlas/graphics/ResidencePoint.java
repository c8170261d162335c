package fr.dijon.observatoire.atlas.graphics;

/**
 * A residence on a {@link DotMap}.
 *
 * @param lon       WGS84 longitude (degrees)
 * @param lat       WGS84 latitude (degrees)
 * @param dwellings number of dwellings (circle area is proportional to it)
 * @param category  class giving the colour, e.g. "accessible mais fragile" (see {@link AtlasPalette#classColour})
 */
public record ResidencePoint(double lon, double lat, int dwellings, String category) {
}

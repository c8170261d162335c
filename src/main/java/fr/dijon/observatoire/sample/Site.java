package fr.dijon.observatoire.sample;

/**
 * Where a residence stands: projected coordinates in metres in the EPSG system given, the QPV
 * containing it (null when none) and its IRIS.
 */
record Site(int epsg, double x, double y, Qpv qpv, String irisCode, String irisName) {
}

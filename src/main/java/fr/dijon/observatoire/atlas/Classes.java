package fr.dijon.observatoire.atlas;

/** How the atlas names the classes of a residence, masked or missing ones included. */
final class Classes {

    private Classes() {
    }

    static String fragility(AtlasData.Residence r) {
        if (r.fragilitySecret() != null) {
            return "s";
        }
        return r.fragilityClass() == null ? "non renseignée" : r.fragilityClass();
    }
}

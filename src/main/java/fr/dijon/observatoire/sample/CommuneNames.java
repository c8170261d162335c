package fr.dijon.observatoire.sample;

import java.util.List;
import java.util.Set;

/** Synthetic French commune names ("Saint-Martin-sur-Loire", "Villeneuve-lès-Auxerre"…), unique per département. */
final class CommuneNames {

    private static final List<String> SAINTS = List.of(
            "Saint-Martin", "Saint-Étienne", "Saint-Germain", "Saint-Julien", "Saint-Laurent", "Saint-Pierre",
            "Saint-Denis", "Saint-Georges", "Saint-Jean", "Saint-Hilaire", "Saint-Rémy", "Saint-Aubin",
            "Sainte-Marie", "Sainte-Colombe", "Sainte-Croix", "Saint-Benoît", "Saint-Médard", "Saint-Loup");
    private static final List<String> BASES = List.of(
            "Villeneuve", "Beaumont", "Montigny", "Châteauneuf", "Fontaine", "Neuville", "Belleville", "Villers",
            "Chaumont", "Longchamp", "Marcilly", "Bussy", "Savigny", "Vaux", "Brignac", "Cerny", "Aubigny",
            "Mareuil", "Chevigny", "Roche", "Champagne", "Montreuil", "Bourgneuf", "Clairefontaine", "Œuilly",
            "La Chapelle", "Le Mesnil", "La Ferté", "Les Essarts", "Le Plessis", "La Motte", "Le Bourg");
    private static final List<String> RIVERS = List.of(
            "Loire", "Seine", "Marne", "Saône", "Meuse", "Oise", "Aisne", "Vienne", "Garonne", "Dordogne", "Allier",
            "Cher", "Yonne", "Ouche", "Tille", "Vire", "Orne", "Sarthe", "Lot", "Tarn", "Aude", "Ain", "Doubs",
            "Isère", "Durance", "Rhône", "Moselle", "Sambre", "Eure", "Indre");
    private static final List<String> OTHER_SUFFIXES = List.of(
            "-le-Château", "-la-Forêt", "-les-Bains", "-en-Plaine", "-le-Vieux", "-la-Côte", "-aux-Bois", "-le-Haut");

    /** A new name, recorded in {@code used}. */
    String next(String prefecture, Set<String> used, SeededRandom random) {
        String name = candidate(prefecture, random);
        for (int attempt = 0; attempt < 30 && used.contains(name); attempt++) {
            name = candidate(prefecture, random);
        }
        String base = name;
        for (int i = 2; used.contains(name); i++) {
            name = base + "-" + i;
        }
        used.add(name);
        return name;
    }

    private static String candidate(String prefecture, SeededRandom random) {
        String base = random.chance(0.35) ? random.pick(SAINTS) : random.pick(BASES);
        double u = random.nextDouble();
        if (u < 0.35) {
            return base + "-sur-" + random.pick(RIVERS);
        }
        if (u < 0.45 && prefecture.length() <= 12 && prefecture.indexOf(' ') < 0) {
            return base + "-lès-" + prefecture;
        }
        if (u < 0.65) {
            return base + random.pick(OTHER_SUFFIXES);
        }
        return base;
    }
}

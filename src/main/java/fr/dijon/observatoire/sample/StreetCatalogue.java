package fr.dijon.observatoire.sample;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Street names: a Dijon list, a list common to French towns and villages (used for the other
 * communes of the metropole and for the national sample) and a few streets per Dijon QPV.
 * Plausible names for a synthetic sample: they are not checked against the BAN.
 */
final class StreetCatalogue {

    private static final List<Street> DIJON = parse(
            "RUE|de la Liberté", "RUE|du Faubourg Raines", "RUE|Jean-Jacques Rousseau", "RUE|de Mirande",
            "RUE|d'Auxonne", "RUE|de Longvic", "RUE|Berbisey", "RUE|Monge", "RUE|Chabot-Charny", "RUE|Devosge",
            "RUE|de la Préfecture", "RUE|Jeannin", "RUE|Verrerie", "RUE|des Godrans", "RUE|Vauban", "RUE|Musette",
            "RUE|Amiral Roussin", "RUE|du Petit-Potet", "RUE|Turgot", "RUE|Parmentier", "RUE|d'Ahuy",
            "RUE|de Jouvence", "RUE|de Talant", "RUE|de Mulhouse", "RUE|de Metz", "RUE|du Transvaal",
            "RUE|Eugène Spuller", "RUE|Dauphine", "RUE|Paul Cabet", "RUE|Mably", "RUE|de Gray", "RUE|Mozart",
            "RUE|des Marmuzots", "RUE|Courtépée", "RUE|Elsa Triolet", "RUE|de Cluj", "RUE|des Ateliers",
            "RUE|des Œillets", "RUE|du Général Fauconnet", "RUE|Condorcet", "RUE|Pierre Curie",
            "RUE|de la Corvée", "RUE|Colson", "RUE|Marceau", "RUE|Hoche", "RUE|Guillaume Tell",
            "RUE|de Montmuzard", "RUE|Alfred de Musset", "RUE|Ledru-Rollin", "RUE|des Perrières",
            "RUE|Daubenton", "RUE|Sambin", "RUE|des Moulins", "RUE|Chaudronnerie", "RUE|Quentin",
            "RUE|Bannelier", "RUE|Buffon", "RUE|Sainte-Anne", "RUE|du Docteur Chaussier", "RUE|Diderot",
            "RUE|Jean Renoir", "RUE|de l'Île", "RUE|d'Alsace", "RUE|Nodot", "RUE|Charles Dumont",
            "RUE|de l'Arquebuse", "RUE|des Rotondes", "RUE|Jean-Baptiste Peincedé", "RUE|de Sully",
            "RUE|Pierre de Coubertin", "RUE|Hector Berlioz", "RUE|Saint-Exupéry", "RUE|des Valendons",
            "RUE|Antoine Gaveau", "RUE|d'Estienne d'Orves", "RUE|Claude Ramey", "RUE|des Planchettes",
            "AV|Jean Jaurès", "AV|Victor Hugo", "AV|du Drapeau", "AV|Aristide Briand", "AV|Maréchal Foch",
            "AV|Garibaldi", "AV|de Langres", "AV|Raymond Poincaré", "AV|Général de Gaulle",
            "AV|du Stand", "AV|Eiffel", "AV|de Stalingrad", "AV|Alain Savary", "AV|Gustave Eiffel",
            "BD|Gallieni", "BD|Carnot", "BD|de Sévigné", "BD|Thiers", "BD|de Strasbourg", "BD|Clemenceau",
            "BD|Voltaire", "BD|Mansart", "BD|Georges Pompidou", "BD|des Allobroges", "BD|Winston Churchill",
            "BD|de la Marne", "BD|du Chanoine Kir", "BD|Rembrandt", "BD|de l'Université", "BD|Maillard",
            "PL|Darcy", "PL|de la République", "PL|Wilson", "PL|Émile Zola", "PL|du 30 Octobre",
            "PL|Saint-Michel", "PL|Granville", "ALL|des Tilleuls", "ALL|Alphonse Daudet",
            "ALL|de la Combe Saint-Joseph", "ALL|du Parc", "IMP|des Lilas", "IMP|du Moulin", "IMP|Saint-Exupéry",
            "CHE|des Vignes", "CHE|du Rocher", "CHE|de la Rente Logerot", "QUAI|Nicolas Rolin", "QUAI|Gauthey",
            "QUAI|Navier", "CRS|du Parc", "RTE|de Gray", "RTE|de Seurre", "RTE|de Ruffey");

    private static final List<Street> COMMON = parse(
            "RUE|de la Mairie", "RUE|de l'Église", "RUE|des Écoles", "RUE|du Stade", "RUE|de la Gare",
            "RUE|Victor Hugo", "RUE|Jean Jaurès", "RUE|Pasteur", "RUE|Jules Ferry", "AV|Charles de Gaulle",
            "RUE|des Œillets", "RUE|des Sœurs", "RUE|du Bœuf", "RUE|Saint-Exupéry", "RUE|de la Côte",
            "CHE|des Vignes", "RUE|des Acacias", "ALL|des Tilleuls", "RUE|des Peupliers", "RUE|du Château",
            "RUE|du Lavoir", "RUE|du Moulin", "RUE|des Champs", "RUE|de la Fontaine", "RUE|des Jardins",
            "ALL|des Coquelicots", "ALL|des Bleuets", "RUE|des Mésanges", "PL|de la Paix", "RUE|de la Liberté",
            "RUE|du 8 Mai 1945", "RUE|du 11 Novembre", "RUE|Jean Moulin", "AV|Pierre Mendès France",
            "RUE|Louis Pasteur", "RUE|Marie Curie", "RUE|Anatole France", "RUE|Émile Zola", "RUE|Albert Camus",
            "RUE|Jean de La Fontaine", "RUE|Marcel Pagnol", "RUE|Colette", "RUE|Paul Éluard",
            "RUE|Gustave Eiffel", "RUE|Georges Brassens", "RUE|Jacques Prévert", "RUE|Arthur Rimbaud",
            "RUE|Paul Verlaine", "RUE|Alphonse de Lamartine", "RUE|Frédéric Chopin", "RUE|Hector Berlioz",
            "RUE|Claude Debussy", "RUE|Maurice Ravel", "AV|d'Alsace-Lorraine", "RUE|des Frères Lumière",
            "RUE|de l'Abbé Pierre", "RUE|Françoise Dolto", "AV|Simone Veil", "RUE|Lucie Aubrac",
            "RUE|Olympe de Gouges", "RUE|de Bourgogne", "RUE|de la Source", "RUE|du Puits", "CHE|des Prés",
            "RUE|des Vergers", "ALL|des Noyers", "ALL|des Charmilles", "RUE|des Aubépines", "ALL|des Glycines",
            "RUE|des Primevères", "RUE|de la Croix", "RUE|du Four", "RUE|des Roses", "ALL|des Pâquerettes",
            "RUE|Saint-Martin", "RUE|Sainte-Anne", "RUE|de l'Industrie", "RUE|de l'Avenir",
            "AV|du Général Leclerc", "RUE|du Maréchal Juin", "AV|Général de Gaulle", "RUE|de la Résistance",
            "RUE|des Déportés", "RUE|Henri Dunant", "IMP|des Lilas", "IMP|du Verger", "RTE|de Dijon",
            "RTE|de Beaune", "PL|du Marché", "BD|de la République", "AV|de la Libération", "SQ|des Sports",
            "QUAI|de l'Écluse", "CRS|de la Gare", "PROM|du Canal");

    private static final Map<String, List<Street>> QPV = Map.of(
            "QN02101M", parse("RUE|du Mail", "AV|du 14 Juillet", "RUE|Paul Bert", "RUE|Jean Moulin",
                    "PL|Pierre Meunier", "RUE|Louis Aragon"),
            "QN02102M", parse("AV|du Lac", "BD|Gaston Bachelard", "PL|de la Fontaine d'Ouche", "ALL|de Mayence",
                    "RUE|de Bruges", "RUE|du Tire-Pesseau"),
            "QN02103M", parse("AV|Champollion", "RUE|Camille Flammarion", "RUE|Ernest Champeaux",
                    "PL|des Grésilles", "RUE|Castel", "RUE|Jean-Baptiste Say"),
            "QN02104M", parse("RUE|du Bief du Moulin", "RUE|Marcel Pagnol", "AV|du Général de Gaulle",
                    "ALL|des Écoles"),
            "QN02105M", parse("BD|de Troyes", "RUE|du Belvédère", "RUE|des Champs Perdrix", "PL|Jean Moulin"),
            "QN02106N", parse("PL|Centrale Roger Rémond", "AV|du Château", "RUE|des Vergers", "ALL|des Tilleuls"));

    private StreetCatalogue() {
    }

    static List<Street> dijon() {
        return DIJON;
    }

    /** Streets found in most French towns and villages. */
    static List<Street> common() {
        return COMMON;
    }

    /** Streets of a Dijon QPV; the common list for any other QPV code. */
    static List<Street> qpv(String qpvCode) {
        return QPV.getOrDefault(qpvCode, COMMON);
    }

    private static List<Street> parse(String... entries) {
        return Stream.of(entries).map(Street::parse).toList();
    }
}

package fr.dijon.observatoire.atlas.site;

import java.util.List;

/** A menu entry of the atlas: the file (from the site root) and its label. */
public record Section(String file, String label) {

    public static final List<Section> ALL = List.of(
            new Section("index.html", "Accueil"),
            new Section("trouver.html", "Trouver une résidence"),
            new Section("carte.html", "Carte interactive"),
            new Section("communes.html", "Communes"),
            new Section("qpv.html", "Quartiers prioritaires"),
            new Section("residences.html", "Résidences"),
            new Section("sans-abrisme.html", "Sans-abrisme et Logement d'abord"),
            new Section("methodologie.html", "Méthodologie et sources"));
}

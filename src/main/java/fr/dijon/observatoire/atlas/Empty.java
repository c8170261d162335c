package fr.dijon.observatoire.atlas;

/** What a section says in words when it has no data: it keeps its place, never shows an empty chart or a zero. */
final class Empty {

    static final String OPS = "<p class=\"vide\">Aucune donnée OPS importée pour cette période : la fragilité de "
            + "l'occupation des résidences ne peut pas encore être établie.</p>\n";
    static final String PARTNERS = "<p class=\"vide\">Aucun comptage des partenaires importé pour cette période : "
            + "les séries du sans-abrisme et du Logement d'abord seront affichées dès leur import.</p>\n";

    private Empty() {
    }
}

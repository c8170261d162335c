package fr.dijon.observatoire.atlas.site;

/** What a section says in words when it has no data: it keeps its place, never shows an empty chart or a zero. */
public final class Empty {

    public static final String OPS = "Aucune donnée OPS importée pour cette période : la fragilité de l'occupation "
            + "des résidences ne peut pas encore être établie.";
    public static final String PARTNERS = "Aucun comptage des partenaires importé pour cette période : les séries du "
            + "sans-abrisme et du Logement d'abord seront affichées dès leur import.";

    private Empty() {
    }
}

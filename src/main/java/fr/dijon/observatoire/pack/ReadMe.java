package fr.dijon.observatoire.pack;

import fr.dijon.observatoire.atlas.AtlasData;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The French LISEZMOI.txt of the pack: what each file holds and how to open it. */
final class ReadMe {

    private ReadMe() {
    }

    static String text(AtlasData data, List<PackTable> tables, LocalDateTime generatedAt) {
        AtlasData.Metadata m = data.metadata();
        StringBuilder s = new StringBuilder();
        s.append("PACK D'INDICATEURS DE LA CONFÉRENCE INTERCOMMUNALE DU LOGEMENT — DIJON MÉTROPOLE\r\n")
                .append("Période ").append(m.period()).append(" ; produit le ")
                .append(generatedAt.format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm"))).append(" (heure de Paris)")
                .append(" par l'observatoire du sans-abrisme et de l'occupation du parc social.\r\n")
                .append("Méthode ").append(m.methodVersion()).append(" ; RPLS ").append(m.rplsMillesime())
                .append(m.opsYear() == null ? " ; pas d'enquête OPS" : " ; enquête OPS " + m.opsYear()).append(".\r\n\r\n")
                .append("CONTENU\r\n");
        for (PackTable table : tables) {
            s.append("- ").append(table.file()).append(" : ").append(table.title()).append(".\r\n");
        }
        s.append("- dictionnaire.csv : chaque colonne de chaque table, avec son libellé, son unité, sa définition et sa source, "
                + "puis chaque code d'une colonne de codes (les indicateurs des communes et des QPV…).\r\n")
                .append("- metadonnees.json : les fichiers d'entrée (empreinte sha256, millésimes), la version et les paramètres de ")
                .append("la méthode, le seuil du secret statistique, la date de production.\r\n")
                .append("- synthese.pdf : synthèse de quelques pages, avec les chiffres clés, deux cartes et les principaux graphiques.\r\n\r\n")
                .append("OUVRIR LES TABLES\r\n")
                .append("Les fichiers CSV s'ouvrent directement dans Excel en français : encodage UTF-8 avec BOM, séparateur « ; », ")
                .append("virgule décimale, dates au format AAAA-MM-JJ. Les parts sont entre 0 et 1 (0,275 = 27,5 %). ")
                .append("Une cellule de texte qui commencerait par =, +, -, @ est précédée d'une apostrophe pour qu'aucune formule ")
                .append("ne s'exécute. Pour garder les zéros en tête des codes INSEE d'autres départements, importez le fichier ")
                .append("(Données > À partir d'un fichier texte/CSV) en déclarant ces colonnes en texte.\r\n\r\n")
                .append("SECRET STATISTIQUE\r\n")
                .append("Aucun nombre publié ne repose sur moins de ").append(m.secrecyThreshold()).append(" ménages ou personnes. ")
                .append("Une valeur masquée est vide ; la colonne « secret » (ou « secret_fragilite ») indique « s », sans la ")
                .append("raison, qui renseignerait sur l'effectif : trop peu de ménages, ou valeur masquée pour qu'aucune autre ")
                .append("ne puisse être retrouvée par différence. Les tables internes non masquées ne quittent jamais ")
                .append("l'observatoire.\r\n\r\n")
                .append("SOURCES\r\n")
                .append("RPLS (SDES) ; enquête sur l'occupation du parc social (bailleurs sociaux) ; comptages mensuels des ")
                .append("partenaires (SIAO 21, hébergement, maraudes, Dijon Métropole) ; référentiels INSEE, IGN et ANCT sous ")
                .append("Licence Ouverte. Méthode détaillée : atlas, page « Méthodologie et sources ».\r\n");
        return s.toString();
    }
}

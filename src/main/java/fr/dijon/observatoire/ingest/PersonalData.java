package fr.dijon.observatoire.ingest;

import fr.dijon.observatoire.format.FrenchNumbers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The observatory receives aggregates only: a file that carries data about a person is refused whole, nothing
 * loaded, naming the column (and the line for a value), never repeating the value itself.
 *
 * <p>Columns: the name is normalised (lower case, accents removed, every run of spaces and punctuation made one
 * '_') and compared with the synonyms documented in the README: nom, prénom, date de naissance, NIR / numéro de
 * sécurité sociale, adresse, téléphone, courriel…, or holds "nom" with a person (locataire, usager…). A column
 * the importer knows (OPS {@code adresse} is the
 * building's address) is exempt.
 *
 * <p>Values: text columns are searched for a NIR (13 digits, with or without its key and spaces), an e-mail
 * address, a French phone number, a birth date ("né le 12/03/1985", or any full date of the 1900s) and a
 * civility followed by a name ("Mme Martin").
 */
public final class PersonalData {

    /** Normalised column names that are personal data by themselves. */
    private static final Set<String> NAMES = Set.of(
            "nom", "noms", "nom_de_famille", "nom_famille", "nom_usage", "nom_d_usage", "nom_naissance",
            "nom_de_naissance", "nom_prenom", "nom_et_prenom", "nom_complet", "patronyme", "prenom", "prenoms",
            "date_de_naissance", "date_naissance", "naissance", "ddn", "ne_le", "nee_le", "lieu_de_naissance",
            "age_exact", "nir", "secu", "n_secu", "no_secu", "num_secu", "numero_secu", "securite_sociale",
            "insee_personne", "matricule", "numero_allocataire", "n_allocataire", "adresse", "adresse_personnelle",
            "adresse_domicile", "adresse_postale", "adresse_usager", "domicile", "telephone", "tel", "portable",
            "mobile", "email", "e_mail", "mail", "courriel", "adresse_mail", "adresse_electronique", "description",
            "description_personne", "description_usager", "description_situation", "situation_personnelle",
            "observations_usager", "identifiant_usager", "identifiant_personne", "id_usager", "id_personne",
            "sexe_et_age");
    /** Words that make any column name personal data ("Prénom de l'usager", "N° sécurité sociale"). */
    private static final List<String> WORDS = List.of("prenom", "naissance", "nir", "securite_sociale", "telephone",
            "courriel", "email", "e_mail", "patronyme", "domicile", "nom_de_famille", "nom_d_usage", "allocataire");

    /** People: "nom" with one of them ("nom du locataire", "NOM_USAGER") is a person's name. */
    private static final Set<String> PEOPLE = Set.of("locataire", "usager", "usagere", "beneficiaire", "demandeur",
            "demandeuse", "titulaire", "personne", "occupant", "client", "enfant", "conjoint", "menage", "referent",
            "famille", "naissance", "jeune", "resident");

    private static final String NIR = "(^|[^0-9])[12][ .-]?[0-9]{2}[ .-]?(0[1-9]|1[0-2]|[2-9][0-9])[ .-]?"
            + "([0-9]{2}|2[ABab])[ .-]?[0-9]{3}[ .-]?[0-9]{3}([ .-]?[0-9]{2})?([^0-9]|$)";
    private static final String EMAIL = "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";
    private static final String PHONE = "(^|[^0-9])(\\+33[ .-]?|0033[ .-]?|0)[1-9]([ .-]?[0-9]{2}){4}([^0-9]|$)";
    private static final String BIRTH = "(?i)((n[ée]e?s?|naissance|ddn)\\s*(le\\s*)?:?\\s*[0-9]{1,2}[/.-][0-9]{1,2}"
            + "[/.-][0-9]{2,4})|(^|[^0-9])[0-3]?[0-9][/.-][01]?[0-9][/.-]19[0-9]{2}([^0-9]|$)";
    private static final String CIVILITY = "(^|[^A-Za-z])(M\\.|MME|Mme|Mlle|Monsieur|Madame|Mademoiselle)\\s+"
            + "[A-ZÀ-Ý][a-zà-ÿ]+";

    private PersonalData() {
    }

    /** Refuses the file if a column that is not {@code known} looks like personal data. */
    public static void refuseColumns(PreparedInput input, Collection<String> known) {
        List<String> found = new ArrayList<>();
        for (String column : input.header().columns()) {
            boolean exempt = known.stream().anyMatch(k -> k.equalsIgnoreCase(column.strip()));
            if (!exempt && isPersonal(column)) {
                found.add(column);
            }
        }
        if (!found.isEmpty()) {
            throw new InputRefusedException("le fichier " + input.fileName() + " a "
                    + (found.size() == 1 ? "une colonne qui ressemble" : "des colonnes qui ressemblent")
                    + " à des données personnelles (" + String.join(", ", found) + "). L'observatoire ne reçoit que "
                    + "des comptages agrégés, sans nom, date de naissance, NIR, adresse personnelle, téléphone, "
                    + "courriel ni description de personne : retirez " + (found.size() == 1 ? "cette colonne" : "ces colonnes")
                    + " et renvoyez le fichier. Rien n'a été chargé.");
        }
    }

    static boolean isPersonal(String column) {
        String name = normalise(column);
        if (NAMES.contains(name)) {
            return true;
        }
        String padded = "_" + name + "_";
        List<String> tokens = List.of(name.split("_"));
        return WORDS.stream().anyMatch(w -> padded.contains("_" + w + "_"))
                || tokens.contains("nom") && tokens.stream().anyMatch(PEOPLE::contains);
    }

    static String normalise(String column) {
        String plain = Normalizer.normalize(column, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /**
     * Refuses the file if a value of the staged text columns looks like personal data.
     *
     * @param columns staging column → column name in the file
     * @param lineExpression SQL giving a row's line in the source file
     */
    public static void refuseValues(Connection c, PreparedInput input, String staging,
                                    java.util.Map<String, String> columns, String lineExpression) throws SQLException {
        StringJoiner union = new StringJoiner(" UNION ALL ");
        columns.forEach((field, label) -> union.add("SELECT " + lineExpression + " AS ligne, "
                + CsvStaging.literal(label) + " AS colonne, CASE "
                + when(field, NIR, "un numéro de sécurité sociale (NIR)")
                + when(field, EMAIL, "une adresse de courriel")
                + when(field, PHONE, "un numéro de téléphone")
                + when(field, BIRTH, "une date de naissance")
                + when(field, CIVILITY, "un nom de personne (civilité suivie d'un nom)")
                + "END AS quoi FROM " + staging + " s WHERE s." + field + " IS NOT NULL"));
        String sql = "SELECT ligne, colonne, quoi FROM (" + union + ") WHERE quoi IS NOT NULL ORDER BY ligne LIMIT 1";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (rs.next()) {
                throw new InputRefusedException("le fichier " + input.fileName() + " contient, ligne "
                        + FrenchNumbers.display(rs.getLong(1), 0) + ", colonne " + rs.getString(2)
                        + ", ce qui ressemble à " + rs.getString(3) + ". L'observatoire ne reçoit que des agrégats, "
                        + "jamais de donnée sur une personne : retirez cette information et renvoyez le fichier. "
                        + "Rien n'a été chargé.");
            }
        }
    }

    private static String when(String field, String pattern, String what) {
        return "WHEN regexp_matches(s." + field + ", " + CsvStaging.literal(pattern) + ") THEN " + CsvStaging.literal(what) + " ";
    }
}

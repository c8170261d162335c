package fr.dijon.observatoire.ingest.partenaires;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises header columns that look like personal data (names, birth dates, social security number, personal
 * address, contact details, free-text descriptions of people). The observatory receives aggregates only: such a
 * file is refused whole.
 */
public final class PersonalDataColumns {

    private static final Pattern PERSONAL = Pattern.compile(
            "^(nom|noms|nom_?usage|nom_?naissance|nom_?famille|prenom|prenoms|date_?(de_?)?naissance|naissance|ddn"
                    + "|nir|num(ero)?_?(secu|securite_?sociale|nir)|securite_?sociale|insee_?personne"
                    + "|adresse(_?personnelle|_?domicile|_?usager)?|domicile|telephone|tel|portable|e?_?mail|courriel"
                    + "|description(_?(personne|usager|situation))?|situation_?personnelle|observations?_?usager"
                    + "|identifiant_?(usager|personne)|id_?(usager|personne)|sexe_?et_?age|age_?exact)$");

    private PersonalDataColumns() {
    }

    public static List<String> find(List<String> header) {
        List<String> suspicious = new ArrayList<>();
        for (String column : header) {
            if (PERSONAL.matcher(normalise(column)).matches()) {
                suspicious.add(column);
            }
        }
        return suspicious;
    }

    private static String normalise(String column) {
        String plain = Normalizer.normalize(column, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).strip().replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}

package fr.dijon.observatoire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Column names: personal data under other names is recognised; ordinary aggregate columns are not. */
class PersonalDataTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nom de famille", "N° sécurité sociale", "PRÉNOM", "date_naissance", " Téléphone ",
        "Courriel", "Adresse", "e-mail", "Prénom de l'usager", "NIR", "nom_locataire", "NOM DU BÉNÉFICIAIRE",
        "Numéro de sécurité sociale", "Date de naissance", "tel", "Adresse du domicile", "Né le", "N° allocataire"})
    void recognisesPersonalDataColumns(String column) {
        assertThat(PersonalData.isPersonal(column)).as(column).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"periode", "partenaire", "indicateur", "territoire", "valeur", "commentaire",
        "nom_commune", "nombre_menages", "NOMVOIE", "numero_voie", "libelle", "nomenclature", "code_insee"})
    void leavesAggregateColumnsAlone(String column) {
        assertThat(PersonalData.isPersonal(column)).as(column).isFalse();
    }
}

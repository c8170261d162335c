package fr.dijon.observatoire.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of jobs/parametres.yml beyond its shape: every value possible, thresholds in order. */
final class ParameterChecks {

    private static final Set<String> TARGET_HOUSEHOLDS = Set.of("personne_seule", "couple");

    private ParameterChecks() {
    }

    static void validate(MethodParameters p) {
        required(p.versionMethode(), "version_methode");
        required(p.secret(), "secret");
        required(p.territoire(), "territoire");
        required(p.accessibilite(), "accessibilite");
        required(p.fragilite(), "fragilite");
        required(p.sansAbrisme(), "sans_abrisme");
        required(p.regle25(), "regle_25");
        required(p.residences(), "residences");
        required(p.secret().seuil(), "secret.seuil");
        if (p.secret().seuil() < 2) {
            fail("secret.seuil", "doit valoir au moins 2 (11 selon la règle de l'INSEE)");
        }
        required(p.territoire().epci(), "territoire.epci");
        if (!p.territoire().epci().matches("\\d{9}")) {
            fail("territoire.epci", "doit être le SIREN de l'EPCI, neuf chiffres (par exemple « 242100410 »)");
        }
        positive(p.residences().distanceRegroupementM(), "residences.distance_regroupement_m");
        positive(p.residences().mailleCoordonneesM(), "residences.maille_coordonnees_m");
        required(p.residences().toleranceContourM(), "residences.tolerance_contour_m");
        if (p.residences().toleranceContourM().signum() < 0) {
            fail("residences.tolerance_contour_m", "doit être positive ou nulle (en mètres)");
        }
        accessibility(p.accessibilite());
        fragility(p.fragilite());
        required(p.sansAbrisme().fenetreMois(), "sans_abrisme.fenetre_mois");
        if (p.sansAbrisme().fenetreMois() < 12 || p.sansAbrisme().fenetreMois() > 120) {
            fail("sans_abrisme.fenetre_mois", "doit être compris entre 12 et 120 mois");
        }
        share(p.regle25().partMinimale(), "regle_25.part_minimale");
    }

    private static void accessibility(MethodParameters.Accessibility a) {
        required(a.zoneApl(), "accessibilite.zone_apl");
        required(a.plafondsApl(), "accessibilite.plafonds_apl");
        List<MethodParameters.AplCeiling> ceilings = a.plafondsApl();
        for (int i = 0; i < ceilings.size(); i++) {
            MethodParameters.AplCeiling c = ceilings.get(i);
            String at = "accessibilite.plafonds_apl[" + (i + 1) + "]";
            required(c.dateApplication(), at + ".date_application");
            required(c.zone(), at + ".zone");
            positive(c.personneSeule(), at + ".personne_seule");
            positive(c.couple(), at + ".couple");
            positive(c.unePersonneACharge(), at + ".une_personne_a_charge");
            positive(c.parPersonneSupplementaire(), at + ".par_personne_supplementaire");
        }
        if (ceilings.stream().noneMatch(c -> c.zone().equals(a.zoneApl()))) {
            fail("accessibilite.zone_apl", "vaut « " + a.zoneApl() + " » mais aucun plafond de cette zone n'est donné "
                    + "dans accessibilite.plafonds_apl");
        }
        required(a.forfaitCharges(), "accessibilite.forfait_charges");
        if (a.forfaitCharges().signum() < 0) {
            fail("accessibilite.forfait_charges", "ne peut pas être négatif");
        }
        required(a.typologieMenage(), "accessibilite.typologie_menage");
        for (int rooms = 1; rooms <= 5; rooms++) {
            String target = a.typologieMenage().get(rooms);
            String at = "accessibilite.typologie_menage." + rooms;
            required(target, at);
            if (!TARGET_HOUSEHOLDS.contains(target) && !target.matches("[1-9]")) {
                fail(at, "doit valoir « personne_seule », « couple » ou un nombre de personnes à charge de 1 à 9");
            }
        }
        required(a.classes(), "accessibilite.classes");
        share(a.classes().accessibleMin(), "accessibilite.classes.accessible_min");
        share(a.classes().partielMin(), "accessibilite.classes.partiel_min");
        if (a.classes().partielMin().compareTo(a.classes().accessibleMin()) > 0) {
            fail("accessibilite.classes.partiel_min", "doit être inférieur ou égal à accessible_min");
        }
    }

    private static void fragility(MethodParameters.Fragility f) {
        required(f.composantes(), "fragilite.composantes");
        if (f.composantes().isEmpty()) {
            fail("fragilite.composantes", "doit contenir au moins une composante");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, MethodParameters.Component> e : f.composantes().entrySet()) {
            String at = "fragilite.composantes." + e.getKey();
            required(e.getValue(), at);
            required(e.getValue().poids(), at + ".poids");
            required(e.getValue().libelle(), at + ".libelle");
            if (e.getValue().poids().signum() < 0) {
                fail(at + ".poids", "ne peut pas être négatif");
            }
            total = total.add(e.getValue().poids());
        }
        if (total.signum() == 0) {
            fail("fragilite.composantes", "la somme des poids doit être positive");
        }
        required(f.classes(), "fragilite.classes");
        positive(f.classes().fragileMin(), "fragilite.classes.fragile_min");
        positive(f.classes().surveillerMin(), "fragilite.classes.surveiller_min");
        if (f.classes().surveillerMin().compareTo(f.classes().fragileMin()) > 0) {
            fail("fragilite.classes.surveiller_min", "doit être inférieur ou égal à fragile_min");
        }
        share(f.variationSensibilite(), "fragilite.variation_sensibilite");
    }

    private static void share(BigDecimal value, String key) {
        required(value, key);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            fail(key, "doit être une part comprise entre 0 et 1 (0,25 pour 25 %)");
        }
    }

    private static void positive(BigDecimal value, String key) {
        required(value, key);
        if (value.signum() <= 0) {
            fail(key, "doit être un nombre positif");
        }
    }

    private static void required(Object value, String key) {
        if (value == null) {
            fail(key, "est absente ou vide");
        }
    }

    private static void fail(String key, String problem) {
        throw new InvalidParametersException("la clé « " + key + " » de jobs/" + MethodParameters.FILE + " " + problem
                + " : corrigez le fichier puis relancez.");
    }
}

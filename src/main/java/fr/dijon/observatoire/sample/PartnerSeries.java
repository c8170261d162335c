package fr.dijon.observatoire.sample;

import java.time.YearMonth;

/**
 * Plausible monthly values of the catalogue's indicators for Dijon Métropole, with winter peaks for the 115,
 * shelters and outreach, rising Logement d'abord activity, and yearly figures for the annual indicators.
 */
final class PartnerSeries {

    private PartnerSeries() {
    }

    /** Winter factor: about +25 % in January, −25 % in July. */
    static double winter(YearMonth month) {
        return 1 + 0.25 * Math.cos(2 * Math.PI * (month.getMonthValue() - 1) / 12.0);
    }

    /**
     * The value of {@code code} for the month, {@code rank} months after the start of the series, or
     * {@code NaN} when the indicator is not generated. {@code target} is the annual target, or NaN.
     */
    static double value(String code, YearMonth month, int rank, double target, SeededRandom r) {
        double w = winter(month);
        double noise = 1 + r.gaussian(0, 0.06);
        int m = month.getMonthValue();
        return switch (code) {
            case "demandes_115" -> Math.round(1350 * w * noise);
            case "personnes_distinctes_115" -> Math.round(510 * w * noise);
            case "personnes_distinctes_115_cumul_annee" -> Math.round(520 + 135 * (m - 1) * noise);
            case "demandes_non_pourvues_115" -> Math.round(1350 * w * noise * (0.22 + 0.12 * (w - 1)));
            case "taux_demandes_non_pourvues_115" -> round1(100 * (0.22 + 0.12 * (w - 1)) * noise);
            case "places_hebergement_urgence" -> 400 + (w > 1.1 ? 47 : 0);
            case "places_occupees_hebergement_urgence" -> Math.min(400 + (w > 1.1 ? 47 : 0),
                    Math.round((385 + (w > 1.1 ? 45 : 0)) * (0.97 + 0.03 * r.nextDouble())));
            case "taux_occupation_hebergement_urgence" -> round1(Math.min(100, 96 + 4 * r.nextDouble()));
            case "places_insertion" -> 310;
            case "places_occupees_insertion" -> Math.round(310 * (0.88 + 0.08 * r.nextDouble()));
            case "taux_occupation_insertion" -> round1(88 + 8 * r.nextDouble());
            case "contacts_maraude" -> Math.round(860 * w * w * noise);
            case "menages_accompagnes_lda" -> 60 + 3 * rank + r.nextInt(0, 4);
            case "entrees_accompagnement_lda" -> 6 + r.nextInt(0, 5);
            case "sorties_logement_lda" -> 3 + r.nextInt(0, 4);
            case "retours_rue_6_mois_lda" -> r.nextInt(0, 2);
            case "reunions_coordination_lda" -> 2 + r.nextInt(0, 3);
            case "proprietaires_prives_plateforme" -> 20 + rank + r.nextInt(0, 3);
            case "logements_geres_gla" -> Math.min(80, 30 + 2 * rank);
            case "taux_occupation_lieu_repit" -> round1(78 + 15 * r.nextDouble());
            case "taux_reponse_prevention_expulsions" -> round1(Math.min(75, 28 + 1.6 * rank + 3 * r.nextDouble()));
            default -> Double.isNaN(target) ? Math.max(0, 2 + r.nextInt(0, 6))
                    : Math.max(0, Math.round(target / 12.0 * (0.75 + 0.45 * r.nextDouble())));
        };
    }

    /** The yearly value of an annual indicator, sent on the December period. */
    static double annual(String code, int year, SeededRandom r) {
        return switch (code) {
            case "personnes_rue_nuit_solidarite" -> 18 + 6 * (year - 2023) + r.nextInt(0, 4);
            case "attributions_hors_qpv_total" -> 1400 + r.nextInt(0, 120);
            case "attributions_hors_qpv_q1" -> 290 + r.nextInt(0, 40);
            case "taux_attributions_hors_qpv_q1" -> round1(20 + 3 * r.nextDouble());
            case "taux_rotation_habitat_adapte" -> round1(8 + 6 * r.nextDouble());
            case "habitat_adapte_duree_accompagnement" -> 420 + r.nextInt(0, 200);
            case "evaluation_annuelle_lda" -> 1;
            case "etudes_observation_lda" -> 1 + r.nextInt(0, 2);
            default -> 4 + r.nextInt(0, 12);
        };
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

package fr.dijon.observatoire.indicators;

import java.util.List;

/**
 * One publishable cell, as the secrecy rule sees it: the count it rests on ({@code numerator}, e.g. households
 * below 20 % of the ceilings), the population of the ratio ({@code denominator}, e.g. respondents), whether it
 * counts households or people ({@code subject}), the additive relations it belongs to ({@code groups}: a total
 * and its parts, so that one masked part cannot be recovered by subtraction), and whether it was masked in the
 * previous period (masks are kept stable when there is a choice).
 */
public record SecrecyCell(String id, Long numerator, Long denominator, boolean subject, List<String> groups,
                          boolean previouslyMasked) {
}

package fr.dijon.observatoire.atlas.site;

import fr.dijon.observatoire.atlas.AtlasData;
import java.util.List;

/** The residence tables of the territory sheets: sortable, with the crossed class and a link to each sheet. */
final class ResidenceTables {

    private ResidenceTables() {
    }

    static Table territory(List<AtlasData.Residence> residences, AtlasData data) {
        Table.Builder table = new Table.Builder("Résidences du territoire").sortable("tableau-residences-territoire")
                .column("Adresse").column("QPV").number("Logements").column("Accessibilité").column("Occupation")
                .column("Croisement");
        for (AtlasData.Residence r : residences) {
            String crossing = Classes.crossing(r);
            table.row(Table.Cell.link(r.address(), "../residences/" + r.id() + ".html"),
                    Table.Cell.text(r.qpvCode() == null ? "hors QPV" : data.territoryNames("qpv").getOrDefault(r.qpvCode(),
                            r.qpvCode())),
                    Table.Cell.of(Value.count(r.dwellings())),
                    new Table.Cell(Value.text(r.accessClass()), null, Classes.css(r.accessClass())),
                    new Table.Cell(fragility(r), null, Classes.css(Classes.fragility(r))),
                    new Table.Cell(Value.text(crossing), null, Classes.css(crossing)));
        }
        return table.build();
    }

    static Value fragility(AtlasData.Residence r) {
        return r.fragilitySecret() != null ? Value.SECRET : Value.text(Classes.fragility(r));
    }
}

package fr.dijon.observatoire.atlas.site;

import java.util.List;

/**
 * What the layout needs to frame one page: its title, the relative path to the site root ("" or "../"), the menu
 * entry it belongs to, the scripts it loads (from the root), whether it shows the Leaflet map, and the site frame.
 */
public record Page(String title, String root, String active, List<String> scripts, boolean leaflet, SiteFrame frame) {

    /** The footer stamp, the secrecy note and the PDF of the period, shared by every page. */
    public record SiteFrame(String stamp, String secretNote, String pdf, String period) {
    }

    public List<Section> sections() {
        return Section.ALL;
    }
}

package fr.dijon.observatoire.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the demo's atlas publishes, read as a reader gets it: pages no wider than a phone, French typography in
 * every prose text of the site and the PDF, one value for each quantity wherever it appears, and screenshots of
 * the main pages (desktop and 390 px) and of the PDF pages under {@code target/atlas-captures/}.
 */
class AtlasPublicationTest {

    static final Path CAPTURES = Path.of("target", "atlas-captures");
    private static final Pattern PLAIN_SPACE_BEFORE_MARK = Pattern.compile("[ \u00A0][:;?!]");
    private static final Pattern INTERNAL_NAME = Pattern.compile("\\b(mart|int|stg|param)_[a-z_]+");
    private static final List<String> MAIN_PAGES = List.of("index.html", "trouver.html", "carte.html", "communes.html",
            "communes/21231.html", "qpv/QN02103M.html", "residences.html", "sans-abrisme.html", "methodologie.html");

    @Test
    void noPageIsWiderThanAPhoneAndTheMainPagesAreCaptured() throws Exception {
        Path site = DemoAtlas.site();
        String sheet = "residences/" + DemoAtlas.value("SELECT min(residence_id) FROM mart_residence "
                + "WHERE classe_fragilite = 'fragile'") + ".html";
        List<String> pages = new ArrayList<>(MAIN_PAGES);
        pages.add(sheet);
        List<String> tooWide = new ArrayList<>();
        try (Browser phone = new Browser(Browser.PHONE)) {
            for (String page : pages) {
                phone.open(site.resolve(page), "trouver.html".equals(page) ? "commune=21231&charges=2&statut=q1" : null);
                long width = phone.pageWidth();
                if (width > Browser.PHONE) {
                    tooWide.add(page + " : " + width + " px");
                }
                phone.screenshot(CAPTURES.resolve(name(page) + "-390.png"));
            }
        }
        try (Browser desktop = new Browser(1280)) {
            for (String page : pages) {
                desktop.open(site.resolve(page), "trouver.html".equals(page) ? "commune=21231&charges=2&statut=q1" : null);
                assertThat(desktop.consoleErrors()).as(page).isEmpty();
                desktop.screenshot(CAPTURES.resolve(name(page) + ".png"));
            }
        }
        assertThat(tooWide).as("pages plus larges que l'écran d'un téléphone de 390 px").isEmpty();
    }

    @Test
    void noProseOfTheSiteHasAPlainSpaceBeforeHighPunctuation() throws Exception {
        List<String> faults = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(DemoAtlas.site())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages++;
                String prose = prose(Files.readString(file, StandardCharsets.UTF_8));
                Matcher m = PLAIN_SPACE_BEFORE_MARK.matcher(prose);
                while (m.find() && faults.size() < 20) {
                    faults.add(DemoAtlas.site().relativize(file) + " : « " + around(prose, m) + " »");
                }
                // Nor does it name the observatoire's internal tables: a housing officer has none of them.
                Matcher internal = INTERNAL_NAME.matcher(prose);
                while (internal.find() && faults.size() < 20) {
                    faults.add(DemoAtlas.site().relativize(file) + " (nom interne) : « " + around(prose, internal) + " »");
                }
            }
        }
        try (Browser browser = new Browser(1280)) {
            for (String page : List.of("trouver.html", "carte.html", "residences.html")) {
                String text = browser.open(DemoAtlas.site().resolve(page), null).text();
                Matcher m = PLAIN_SPACE_BEFORE_MARK.matcher(text);
                while (m.find()) {
                    faults.add(page + " (après les scripts) : « " + around(text, m) + " »");
                }
            }
        }
        assertThat(pages).isGreaterThan(1000);
        assertThat(faults).isEmpty();
    }

    @Test
    void noProseOfThePdfHasAPlainSpaceBeforeHighPunctuationAndItsPagesAreCaptured() throws Exception {
        assertThat(Tools.run("pdftotext", "-enc", "UTF-8", DemoAtlas.pdf().toString(), "-"))
                .contains("Sommaire", "Méthodologie et sources", "Résidences accessibles et non fragiles", "Dijon");
        // pdftotext writes every Unicode space as an ASCII space; the PDF's own text (its ToUnicode maps) tells
        // a narrow no-break space from a plain one.
        String text = pdfText(DemoAtlas.pdf());
        assertThat(text).contains("Sommaire", "\u202F:");
        Matcher m = PLAIN_SPACE_BEFORE_MARK.matcher(text);
        List<String> faults = new ArrayList<>();
        while (m.find() && faults.size() < 30) {
            faults.add(around(text, m));
        }
        assertThat(faults).isEmpty();
        Files.createDirectories(CAPTURES);
        Tools.run("pdftoppm", "-png", "-r", "60", DemoAtlas.pdf().toString(), CAPTURES.resolve("pdf").toString());
        try (Stream<Path> pngs = Files.list(CAPTURES)) {
            assertThat(pngs.filter(p -> p.getFileName().toString().startsWith("pdf-")).count()).isGreaterThan(20);
        }
    }

    @Test
    void everyNumberTwoPagesPublishForTheSameQuantityIsEqual() throws Exception {
        Path site = DemoAtlas.site();
        String list = Files.readString(site.resolve("communes.html"));
        long fragileInCommunes = 0;
        for (Map<String, Object> c : DemoAtlas.sql("SELECT territoire FROM mart_territoire WHERE niveau = 'commune' "
                + "AND indicateur = 'residences' ORDER BY 1")) {
            String code = (String) c.get("territoire");
            String sheet = Files.readString(site.resolve("communes/" + code + ".html"));
            Matcher row = Pattern.compile("href=\"communes/" + code + "\\.html\">[^<]*</a></td>(?:\\s*<td[^>]*>[^<]*</td>){2}"
                    + "\\s*<td[^>]*>([^<]*)</td>").matcher(list);
            assertThat(row.find()).as("ligne de " + code + " dans communes.html").isTrue();
            String balanced = card(sheet, "cl-equilibree");
            String watch = card(sheet, "cl-surveiller");
            if (!balanced.equals("s")) {
                assertThat(number(row.group(1))).as("accessibles et non fragiles de " + code + " : liste et fiche")
                        .isEqualTo(number(balanced) + number(watch));
            }
            String fragile = card(sheet, "cl-fragile");
            fragileInCommunes += fragile.equals("s") ? 0 : number(fragile);
        }
        String home = Files.readString(site.resolve("index.html"));
        assertThat(number(card(home, "cl-fragile"))).as("fragiles : accueil et somme des fiches communales")
                .isEqualTo(fragileInCommunes);

        String homelessness = Files.readString(site.resolve("sans-abrisme.html"));
        Matcher rule = Pattern.compile("<td data-label=\"Part\"[^>]*>([^<]*)</td>").matcher(homelessness);
        List<String> shares = new ArrayList<>();
        while (rule.find()) {
            shares.add(rule.group(1));
        }
        Map<String, Object> latest = DemoAtlas.sql("SELECT ratio FROM mart_regle_25 ORDER BY annee DESC LIMIT 1").get(0);
        String ratio = fr.dijon.observatoire.format.FrenchNumbers.display(((Number) latest.get("ratio")).doubleValue() * 100, 1);
        assertThat(shares).last().isEqualTo(ratio + "\u202F%");
        assertThat(homelessness).as("la barre de la règle des 25 % porte la valeur du tableau")
                .contains(ratio + " / 25").doesNotContain("20,8 / 25");

        Matcher latest115 = Pattern.compile("<span class=\"valeur\">([^<]*)</span><span class=\"libelle\">Demandes "
                + "d’hébergement au 115</span>").matcher(home);
        assertThat(latest115.find()).isTrue();
        Object november = DemoAtlas.value("SELECT valeur FROM mart_serie_mensuelle WHERE indicateur = 'demandes_115' "
                + "ORDER BY mois DESC LIMIT 1");
        assertThat(number(latest115.group(1))).isEqualTo(((Number) november).longValue());
        String pdf = Tools.run("pdftotext", "-enc", "UTF-8", DemoAtlas.pdf().toString(), "-");
        // pdftotext gives the narrow no-break space of thousands as a plain space.
        assertThat(pdf.replace('\u202F', ' ')).contains(card(home, "cl-accessible").replace('\u202F', ' '));
    }

    @Test
    void thePdfHasABookmarkForEverySection() throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(DemoAtlas.pdf().toString());
        List<Map<String, Object>> bookmarks = com.lowagie.text.pdf.SimpleBookmark.getBookmarkList(reader);
        reader.close();
        List<String> titles = bookmarks.stream().map(b -> (String) b.get("Title")).toList();
        assertThat(titles).containsExactly("Synthèse de la métropole", "Communes", "Quartiers prioritaires",
                "Sans-abrisme et Logement d’abord", "Méthodologie et sources");
        long communes = (Long) DemoAtlas.value("SELECT count(DISTINCT territoire) FROM mart_territoire WHERE niveau = 'commune'");
        assertThat((List<?>) bookmarks.get(1).get("Kids")).hasSize((int) communes);
    }

    /** The text of every page of a PDF, as its fonts' Unicode maps give it. */
    static String pdfText(Path pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** The value of a key-figure card of a page, by its class. */
    private static String card(String html, String css) {
        Matcher m = Pattern.compile("<li class=\"" + css + "\"><span class=\"valeur\">(<abbr[^>]*>s</abbr>|[^<]*)")
                .matcher(html);
        assertThat(m.find()).as("carte " + css).isTrue();
        return m.group(1).startsWith("<abbr") ? "s" : m.group(1).strip();
    }

    private static long number(String french) {
        return Long.parseLong(french.replaceAll("[\\s\u202F\u00A0]", ""));
    }

    /** The prose of a page: its text and its prose attributes, without scripts, styles or markup. */
    static String prose(String html) {
        String s = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ");
        StringBuilder prose = new StringBuilder();
        Matcher attributes = Pattern.compile("(?:title|alt|aria-label|data-label)=\"([^\"]*)\"").matcher(s);
        while (attributes.find()) {
            prose.append(attributes.group(1)).append('\n');
        }
        prose.append(s.replaceAll("<[^>]*>", "\n"));
        return prose.toString().replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
    }

    private static String around(String text, Matcher m) {
        return text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 10)).replace('\n', ' ');
    }

    private static String name(String page) {
        return page.replace(".html", "").replace('/', '-');
    }
}

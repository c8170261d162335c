package fr.dijon.observatoire.atlas.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import fr.dijon.observatoire.atlas.graphics.AtlasGraphic;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mechanics of the PDF atlas (OpenPDF): A4 pages with the atlas name and page number at the foot, one section
 * per page with its bookmark (grouped under « Communes », « Quartiers prioritaires »), vector graphics in the flow,
 * and the table of contents stamped on page 2 once the first pass has found the page of each section.
 */
final class PdfBook {

    /** A section's content, written into the document. */
    interface Content {
        void write(PdfBook book) throws Exception;
    }

    private final PdfText text;
    private final String footer;
    private final Document document = new Document(PageSize.A4, 48, 48, 54, 60);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PdfWriter writer;
    private final Map<String, Integer> pages = new LinkedHashMap<>();
    private final Map<String, PdfOutline> groups = new LinkedHashMap<>();

    PdfBook(PdfText text, String title, String footer) {
        this.text = text;
        this.footer = footer;
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer());
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.setStrictImageSequence(true);
        document.addTitle(title);
        document.addAuthor("Observatoire du sans-abrisme et de l'occupation du parc social");
        document.open();
    }

    PdfText text() {
        return text;
    }

    void add(Element element) {
        document.add(element);
    }

    void newPage() {
        document.newPage();
    }

    /** A section on a new page, with its bookmark (under {@code group} when not null) and its heading. */
    void section(String group, String title, Content content) {
        document.newPage();
        pages.put(title, writer.getPageNumber());
        PdfOutline parent = writer.getDirectContent().getRootOutline();
        if (group != null) {
            parent = groups.computeIfAbsent(group, g -> new PdfOutline(writer.getDirectContent().getRootOutline(),
                    new PdfDestination(PdfDestination.FITH, document.top()), fr.dijon.observatoire.format.Typography.apply(g), false));
        }
        new PdfOutline(parent, new PdfDestination(PdfDestination.FITH, document.top() + 20),
                fr.dijon.observatoire.format.Typography.apply(title));
        try {
            document.add(text.heading(title, 17));
            content.write(this);
        } catch (Exception e) {
            throw new IllegalStateException("échec de la page « " + title + " » de l'atlas PDF : " + e.getMessage(), e);
        }
    }

    /** Draws a chart or map as vector graphics into the page flow. */
    void graphic(AtlasGraphic graphic, float width, float height) {
        PdfContentByte content = writer.getDirectContent();
        PdfTemplate template = content.createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, text.fonts());
        try {
            graphic.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlt(graphic.textAlternative());
        document.add(image);
    }

    /** Closes the document and stamps the table of contents and {@code note} on page 2. */
    byte[] finish(String note) throws IOException {
        document.close();
        ByteArrayOutputStream stamped = new ByteArrayOutputStream();
        PdfReader reader = new PdfReader(out.toByteArray());
        PdfStamper stamper = new PdfStamper(reader, stamped);
        ColumnText column = new ColumnText(stamper.getOverContent(2));
        Document page = new Document(PageSize.A4, 48, 48, 54, 60);
        column.setSimpleColumn(page.left(), page.bottom(), page.right(), page.top() - 40);
        List<List<String>> rows = new ArrayList<>();
        pages.forEach((title, number) -> rows.add(List.of(title, number.toString())));
        PdfPTable contents = text.table(new float[] {9, 1}, List.of("Section", "Page"), rows, 1, 9);
        column.addElement(contents);
        column.addElement(text.paragraph("\n" + note, 9));
        column.go();
        stamper.close();
        reader.close();
        return stamped.toByteArray();
    }

    /** Page numbers and the atlas name at the foot of every page but the cover. */
    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter w, Document d) {
            if (w.getPageNumber() == 1) {
                return;
            }
            ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                    text.phrase(footer + " — page " + w.getPageNumber(), 8, false), (d.left() + d.right()) / 2,
                    d.bottom() - 24, 0);
        }
    }
}

package fr.dijon.observatoire.atlas.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import fr.dijon.observatoire.format.Typography;
import java.util.List;

/** Every text of the PDF, typeset by the atlas's one typographic filter: headings, paragraphs, table cells. */
final class PdfText {

    private final PdfFonts fonts;

    PdfText(PdfFonts fonts) {
        this.fonts = fonts;
    }

    PdfFonts fonts() {
        return fonts;
    }

    Font font(float size, boolean bold) {
        return fonts.font(size, bold);
    }

    Paragraph heading(String title, float size) {
        Paragraph p = new Paragraph(Typography.apply(title), fonts.font(size, true));
        p.setSpacingBefore(size > 14 ? 0 : 8);
        p.setSpacingAfter(6);
        return p;
    }

    Paragraph paragraph(String text, float size) {
        Paragraph p = new Paragraph(Typography.apply(text), fonts.font(size, false));
        p.setSpacingAfter(4);
        return p;
    }

    Phrase phrase(String text, float size, boolean bold) {
        return new Phrase(Typography.apply(text), fonts.font(size, bold));
    }

    PdfPCell cell(String text, float size, boolean bold, int alignment) {
        PdfPCell cell = new PdfPCell(phrase(text, size, bold));
        cell.setBorder(0);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(2.5f);
        return cell;
    }

    /** A table with a bold header row; numeric columns (from {@code firstNumeric} on) are right-aligned. */
    PdfPTable table(float[] widths, List<String> header, List<List<String>> rows, int firstNumeric, float size) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (int i = 0; i < header.size(); i++) {
            table.addCell(cell(header.get(i), size, true, i >= firstNumeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), size, false, i >= firstNumeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
            }
        }
        return table;
    }
}

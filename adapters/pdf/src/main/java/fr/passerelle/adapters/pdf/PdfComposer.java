package fr.passerelle.adapters.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a one-column A4 document under the OPCO's letterhead: a title, paragraphs, labelled fields and tables,
 * wrapped to the page width and continued on new pages. The standard Helvetica fonts cover French text (WinAnsi), so
 * no font file is embedded; spaces outside that encoding become plain spaces and other characters outside it a question mark.
 */
final class PdfComposer {

    private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN;
    private static final float BODY_SIZE = 10;
    private static final float LEADING = 14;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document = new PDDocument();
    private PDPageContentStream content;
    private float y;

    private PdfComposer() {
        newPage();
    }

    /** A document that starts with the OPCO's letterhead. */
    static PdfComposer under(Letterhead letterhead) {
        PdfComposer composer = new PdfComposer();
        composer.write(BOLD, 13, letterhead.name(), MARGIN);
        letterhead.address().forEach(line -> composer.write(REGULAR, 9, line, MARGIN));
        composer.space(LEADING);
        return composer;
    }

    PdfComposer title(String text) {
        space(LEADING / 2);
        for (String line : wrap(text, BOLD, 14, WIDTH)) {
            write(BOLD, 14, line, MARGIN);
        }
        space(LEADING / 2);
        return this;
    }

    PdfComposer paragraph(String text) {
        for (String line : wrap(text, REGULAR, BODY_SIZE, WIDTH)) {
            write(REGULAR, BODY_SIZE, line, MARGIN);
        }
        space(LEADING / 2);
        return this;
    }

    /** "Label : value", the label in bold; a long value wraps under itself. */
    PdfComposer field(String label, String value) {
        String shownLabel = label + " : ";
        float labelWidth = widthOf(shownLabel, BOLD, BODY_SIZE);
        List<String> lines = wrap(value, REGULAR, BODY_SIZE, WIDTH - labelWidth);
        breakPageIfFewerThan(LEADING);
        text(BOLD, BODY_SIZE, shownLabel, MARGIN, y);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                breakPageIfFewerThan(LEADING);
            }
            text(REGULAR, BODY_SIZE, lines.get(i), MARGIN + labelWidth, y);
            y -= LEADING;
        }
        return this;
    }

    /**
     * A table whose columns share the page width in the given proportions; the header row is repeated on each new
     * page. Cells wrap within their column.
     */
    PdfComposer table(List<String> headers, float[] proportions, List<List<String>> rows) {
        float total = 0;
        for (float proportion : proportions) {
            total += proportion;
        }
        float[] widths = new float[proportions.length];
        for (int i = 0; i < proportions.length; i++) {
            widths[i] = WIDTH * proportions[i] / total;
        }
        space(LEADING / 2);
        List<List<String>> header = cellLines(headers, widths, BOLD);
        breakPageIfFewerThan(heightOf(header));
        row(header, widths, BOLD);
        for (List<String> cells : rows) {
            List<List<String>> row = cellLines(cells, widths, REGULAR);
            if (breakPageIfFewerThan(heightOf(row) + heightOf(header))) {
                row(header, widths, BOLD);
            }
            row(row, widths, REGULAR);
        }
        space(LEADING / 2);
        return this;
    }

    PdfComposer space(float points) {
        y -= points;
        return this;
    }

    byte[] finish() {
        try (document) {
            content.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Le document PDF n’a pas pu être écrit.", e);
        }
    }

    private static List<List<String>> cellLines(List<String> cells, float[] widths, PDType1Font font) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            lines.add(wrap(i < cells.size() ? cells.get(i) : "", font, BODY_SIZE, widths[i] - 4));
        }
        return lines;
    }

    private static float heightOf(List<List<String>> cellLines) {
        return cellLines.stream().mapToInt(List::size).max().orElse(1) * LEADING;
    }

    private void row(List<List<String>> cellLines, float[] widths, PDType1Font font) {
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float lineY = y;
            for (String line : cellLines.get(i)) {
                text(font, BODY_SIZE, line, x, lineY);
                lineY -= LEADING;
            }
            x += widths[i];
        }
        y -= heightOf(cellLines);
    }

    private void write(PDType1Font font, float size, String line, float x) {
        breakPageIfFewerThan(LEADING);
        text(font, size, line, x, y);
        y -= LEADING + (size - BODY_SIZE);
    }

    private boolean breakPageIfFewerThan(float needed) {
        if (y - needed >= MARGIN) {
            return false;
        }
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
        return true;
    }

    private void newPage() {
        PDPage page = new PDPage(PAGE_SIZE);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PAGE_SIZE.getHeight() - MARGIN;
    }

    private void text(PDType1Font font, float size, String line, float x, float atY) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(line);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (widthOf(candidate, font, size) <= width || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float widthOf(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** WinAnsi has no narrow no-break space, no tab and no control characters: they become plain spaces. */
    private static String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                printable.append('\n');
            } else if (Character.isISOControl(codePoint) || Character.isSpaceChar(codePoint)) {
                printable.append(' ');
            } else if (encodable(codePoint)) {
                printable.appendCodePoint(codePoint);
            } else {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    private static boolean encodable(int codePoint) {
        try {
            REGULAR.encode(new String(Character.toChars(codePoint)));
            BOLD.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}

package fr.passerelle.adapters.tika;

import fr.passerelle.application.document.UploadedFile;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class TikaContentTypesTest {

    private final TikaContentTypes contentTypes = new TikaContentTypes();

    @Test
    void accepts_each_supported_type_by_its_content() throws IOException {
        assertThat(contentTypes.acceptedTypeOf(file("devis.pdf", pdf()))).contains(TikaContentTypes.PDF);
        assertThat(contentTypes.acceptedTypeOf(file("scan.png", image("png")))).contains(TikaContentTypes.PNG);
        assertThat(contentTypes.acceptedTypeOf(file("photo.jpg", image("jpeg")))).contains(TikaContentTypes.JPEG);
        assertThat(contentTypes.acceptedTypeOf(file("programme.docx", docx()))).contains(TikaContentTypes.DOCX);
        assertThat(contentTypes.acceptedTypeOf(file("emargement.xlsx", xlsx()))).contains(TikaContentTypes.XLSX);
        assertThat(contentTypes.acceptedTypeOf(file("calendrier.odt", odt()))).contains(TikaContentTypes.ODT);
        assertThat(contentTypes.acceptedTypeOf(file("stagiaires.csv", "nom;prénom\nMartin;Léa\n".getBytes(StandardCharsets.UTF_8))))
                .contains(TikaContentTypes.CSV);
    }

    @Test
    void the_content_decides_not_the_name() throws IOException {
        assertThat(contentTypes.acceptedTypeOf(file("programme", pdf()))).contains(TikaContentTypes.PDF);
        assertThat(contentTypes.acceptedTypeOf(file("programme.pdf", docx()))).contains(TikaContentTypes.DOCX);
    }

    @Test
    void refuses_executables_and_unknown_content_whatever_their_name() throws IOException {
        byte[] elf = Files.isRegularFile(Path.of("/bin/true")) ? Files.readAllBytes(Path.of("/bin/true"))
                : new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);

        assertThat(contentTypes.acceptedTypeOf(file("certificat.pdf", elf))).isEmpty();
        assertThat(contentTypes.acceptedTypeOf(file("certificat.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)))).isEmpty();
        assertThat(contentTypes.acceptedTypeOf(file("certificat.pdf", "juste du texte".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(contentTypes.acceptedTypeOf(file("certificat.pdf", random))).isEmpty();
        assertThat(contentTypes.acceptedTypeOf(file("donnees.csv", random))).isEmpty();
        assertThat(contentTypes.acceptedTypeOf(file("programme.docx", zip(Map.of("readme.txt", "bonjour"))))).isEmpty();
        assertThat(contentTypes.acceptedTypeOf(file("page.html", "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] docx() throws IOException {
        return zip(Map.of("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "_rels/.rels", "<Relationships/>",
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
    }

    private static byte[] xlsx() throws IOException {
        return zip(Map.of("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "_rels/.rels", "<Relationships/>",
                "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));
    }

    /** An ODT starts with its uncompressed {@code mimetype} entry. */
    private static byte[] odt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = TikaContentTypes.ODT.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("<manifest:manifest/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The entries in a stable order: {@code [Content_Types].xml} first, as Office writes it. */
    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entries.keySet().stream().sorted().toList()) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static UploadedFile file(String name, byte[] content) {
        return new UploadedFile() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public long size() {
                return content.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }
        };
    }

}

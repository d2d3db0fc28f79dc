package fr.passerelle.adapters.tika;

import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.UploadedFile;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The accepted types, told by the content with tika-core's magic: PDF, PNG and JPEG by their signature; DOCX, XLSX
 * and ODT by the entries of their zip container (tika-core alone only sees a zip); CSV as text named {@code .csv}.
 * The name is never enough: an executable named {@code .pdf} has no PDF signature, and an unknown binary has none.
 */
@ApplicationScoped
class TikaContentTypes implements ContentTypes {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String CSV = "text/csv";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final Set<String> BY_SIGNATURE = Set.of(PDF, PNG, JPEG);
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    @Override
    public Optional<String> acceptedTypeOf(UploadedFile file) {
        try {
            MediaType byContent = detect(file, new Metadata());
            if (BY_SIGNATURE.contains(byContent.getBaseType().toString())) {
                return Optional.of(byContent.getBaseType().toString());
            }
            if (isZip(byContent)) {
                return officeDocumentIn(file);
            }
            if (byContent.getType().equals("text") && named(file, ".csv")) {
                Metadata named = new Metadata();
                named.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.fileName());
                return detect(file, named).getBaseType().toString().equals(CSV) ? Optional.of(CSV) : Optional.empty();
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MediaType detect(UploadedFile file, Metadata metadata) throws IOException {
        try (InputStream content = new BufferedInputStream(file.open())) {
            return mimeTypes.detect(content, metadata);
        }
    }

    private boolean isZip(MediaType type) {
        MediaType zip = MediaType.application("zip");
        return type.getBaseType().equals(zip) || mimeTypes.getMediaTypeRegistry().isSpecializationOf(type.getBaseType(), zip);
    }

    private static boolean named(UploadedFile file, String extension) {
        return file.fileName().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    /** DOCX and XLSX declare their parts in {@code [Content_Types].xml}; an ODT starts with its {@code mimetype} entry. */
    private static Optional<String> officeDocumentIn(UploadedFile file) throws IOException {
        Set<String> names = new HashSet<>();
        String odfType = null;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(file.open()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null && names.size() < MAX_ZIP_ENTRIES; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("mimetype") && odfType == null) {
                    odfType = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (ZipException corrupt) {
            return Optional.empty();
        }
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        if (ODT.equals(odfType) && names.contains("content.xml")) {
            return Optional.of(ODT);
        }
        return Optional.empty();
    }
}

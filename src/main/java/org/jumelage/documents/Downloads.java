package org.jumelage.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one answer to every download of a stored file. It is always saved, never shown in the page
 * ({@code attachment}, with the name encoded after RFC 6266 and RFC 5987 and a plain ASCII fallback); the browser may
 * not guess another type ({@code nosniff}); if it is opened in a tab anyway, it runs without scripts or the site's
 * rights ({@code Content-Security-Policy: sandbox}); and no shared cache keeps it ({@code private, no-store}), since
 * every stored document is for signed-in people only.
 */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<byte[]> attachment(StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.getContent());
    }

    /** A document made on the fly (a PDF the exchange writes), as an attachment with the same protective headers. */
    public static ResponseEntity<byte[]> attachment(byte[] content, String contentType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }

    /** {@code attachment; filename="Ubersicht.pdf"; filename*=UTF-8''%C3%9Cbersicht.pdf}. */
    static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]|[\"\\\\%]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other byte of the UTF-8 form as {@code %XX}. */
    private static String encoded(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", b & 0xFF).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}

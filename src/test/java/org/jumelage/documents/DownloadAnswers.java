package org.jumelage.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.mock.web.MockHttpServletResponse;

/** The one download answer, as every module's web tests check it. */
public final class DownloadAnswers {

    private DownloadAnswers() {}

    /** Saved as {@code fileName}, never shown or sniffed, sandboxed, cached by nobody, with exactly these bytes. */
    public static void assertSafeAttachment(
            MockHttpServletResponse response, String fileName, String contentType, byte[] content) {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).isEqualTo(Downloads.contentDisposition(fileName));
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"")
                .contains("filename*=UTF-8''");
        assertThat(response.getContentType()).isEqualTo(contentType);
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeaders("Content-Security-Policy")).containsExactly("sandbox");
        assertThat(response.getHeaders("Cache-Control")).containsExactly("private, no-store");
        assertThat(response.getContentAsByteArray()).isEqualTo(content);
    }
}

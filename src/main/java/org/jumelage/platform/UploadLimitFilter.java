package org.jumelage.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jumelage.shared.RequestPaths;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload above the server's multipart limit cannot even be read: the CSRF check, which reads the form, would fail
 * with an error page in English. This filter reads multipart requests first and sends the person back to the form
 * with a clear message instead; nothing is stored.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final DataSize documentLimit;

    UploadLimitFilter(DataSize documentLimit) {
        this.documentLimit = documentLimit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/form-data");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            if (tooLarge(e)) {
                back(request, response);
                return;
            }
            throw e;
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || cause.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private void back(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = RequestPaths.of(request);
        // Back to the form the file came from (its address is the one posted to). An upload form on a record's page
        // posts to …/{id}/documents or …/{id}/{part}/{id}/document: back to the record's page.
        String target = path.replaceFirst("^(/office/[a-z/-]+/\\d+)/(?:[a-z-]+/\\d+/)?documents?$", "$1");
        if (!target.startsWith("/office/")) {
            target = "/office";
        }
        FlashMap flash = new FlashMap();
        flash.put("failure", "document.error.tooLarge");
        flash.put("failureArguments", new Object[] {documentLimit.toMegabytes()});
        flash.setTargetRequestPath(request.getContextPath() + target);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + target);
    }
}

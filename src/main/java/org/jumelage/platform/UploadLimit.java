package org.jumelage.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file far above the limit is refused before any controller sees it: the person goes back to the page they came
 * from with a clear message, and nothing is stored.
 */
@ControllerAdvice
class UploadLimit {

    private final DataSize maxSize;

    UploadLimit(@Value("${jumelage.documents.max-size:10MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("failure", "document.error.tooLarge");
        flash.put("failureArguments", new Object[] {maxSize.toMegabytes()});
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Back to the form the file came from (its URL is the one posted to); an upload on the detail page goes back
        // to the detail page.
        String back = path.replaceFirst("^(/office/partnerships/\\d+)/instruments/\\d+/document$", "$1");
        return "redirect:" + (back.startsWith("/office/") ? back : "/office");
    }
}

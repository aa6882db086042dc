package org.xinfang.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page needs: its own path, so the language switch returns to it. */
@ControllerAdvice(basePackageClasses = PortalModel.class)
class PortalModel {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}

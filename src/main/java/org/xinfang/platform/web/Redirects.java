package org.xinfang.platform.web;

import org.springframework.web.servlet.view.RedirectView;

/** Redirects to a path on this site taken as it is: braces in a query are text, not template variables. */
public final class Redirects {

    private Redirects() {
    }

    public static RedirectView to(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        return view;
    }
}

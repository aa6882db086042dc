package org.xinfang.platform.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.util.Locale;

/**
 * Tomcat refuses some requests before any filter or servlet sees them: bytes outside ASCII not percent-encoded in
 * the address, a malformed request line or header. Its own answer is an English HTML page; this one says the same
 * in the request's language (Chinese unless the headers read so far ask for English), as a problem detail on the API
 * and a plain page elsewhere. Only answers nothing else wrote a body for are touched.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    /** After Spring Boot's customizer, which puts Tomcat's own report valve on the host. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> localizedContainerErrors(MessageSource messages) {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new Report(messages));
            // else the host, starting, adds Tomcat's own one again
            ((StandardHost) host).setErrorReportValveClass(Report.class.getName());
        });
    }

    static final class Report extends ErrorReportValve {

        private final MessageSource messages;

        Report(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            Locale locale = LocaleConfiguration.supported(request.getHeader("Accept-Language"));
            String title = messages.getMessage("problem.title." + status, null, "HTTP " + status, locale);
            // a 400 here is the container's: the address or a header could not be read
            String detail = status == 400 ? messages.getMessage("request.rejected", null, locale) : title;
            String uri = request.getRequestURI();
            try {
                if (uri != null && uri.startsWith("/api/")) {
                    ProblemResponses.write(response, status, "http-" + status, title, detail, null);
                } else {
                    response.setCharacterEncoding("UTF-8");
                    response.setContentType("text/html");
                    response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\"><title>"
                            + HtmlUtils.htmlEscape(title) + "</title></head><body><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p id=\"refusal\">"
                            + HtmlUtils.htmlEscape(detail) + "</p></body></html>");
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the answer was already under way: nothing more to say
            }
        }
    }
}

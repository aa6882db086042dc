package org.xinfang.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.Enumeration;
import java.util.function.Supplier;

/**
 * Spring Security's strict firewall, unchanged, except that a header it rejects is rejected by name: the
 * answer can then say which header to fix. (It checks a header only when the application reads it, so the
 * rejection may come from deep inside a controller.)
 */
final class HeaderNamingFirewall implements HttpFirewall {

    /** A header whose value the firewall does not allow; the value itself is not kept. */
    static final class RejectedHeader extends RequestRejectedException {

        private final String header;

        RejectedHeader(String header) {
            super("The header " + header + " has a value that is not allowed");
            this.header = header;
        }

        String header() {
            return header;
        }
    }

    private final StrictHttpFirewall strict = new StrictHttpFirewall();

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        FirewalledRequest checked = strict.getFirewalledRequest(request);
        return new FirewalledRequest(checked) {
            @Override
            public String getHeader(String name) {
                return named(name, () -> super.getHeader(name));
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                // the strict firewall checks each value as it is taken from the enumeration
                Enumeration<String> values = named(name, () -> super.getHeaders(name));
                return new Enumeration<>() {
                    @Override
                    public boolean hasMoreElements() {
                        return named(name, values::hasMoreElements);
                    }

                    @Override
                    public String nextElement() {
                        return named(name, values::nextElement);
                    }
                };
            }

            @Override
            public long getDateHeader(String name) {
                return named(name, () -> super.getDateHeader(name));
            }

            @Override
            public int getIntHeader(String name) {
                return named(name, () -> super.getIntHeader(name));
            }

            @Override
            public void reset() {
                checked.reset();
            }
        };
    }

    @Override
    public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return strict.getFirewalledResponse(response);
    }

    private static <T> T named(String header, Supplier<T> read) {
        try {
            return read.get();
        } catch (RequestRejectedException e) {
            throw new RejectedHeader(header);
        }
    }
}

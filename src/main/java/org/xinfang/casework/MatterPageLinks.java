package org.xinfang.casework;

import org.xinfang.territory.StaffPrincipal;

import java.util.List;

/**
 * What another module holds about a matter, for the "related records" (相关记录) section of the matter page: a module
 * that keeps records of matters (mediation sessions, committee cases, recommendations…) implements it as a bean, and
 * casework, which knows none of them, shows the links of every bean. The modules depend on casework, never the reverse.
 */
public interface MatterPageLinks {

    /**
     * The links to this module's records of the matter {@code matterId}, only those {@code viewer} may open; none when
     * it holds nothing. The matter page asks it only for a matter the viewer may see, on every showing: one indexed
     * query at most.
     */
    List<Link> links(StaffPrincipal viewer, Long matterId);

    /**
     * One record, or the module's page of the matter's records.
     *
     * @param labelKey  the message key of what it is (调解, 复查, 督办单…), in the module's bundle
     * @param detail    printed as it is after the label (a number, a subject); null for none
     * @param href      where it opens, relative to the application (starts with "/")
     * @param count     how many records the link stands for; null for one
     * @param statusKey the message key of where it stands (已生效, 逾期未反馈…); null for none
     */
    record Link(String labelKey, String detail, String href, Integer count, String statusKey) {

        public Link {
            if (labelKey == null || href == null || !href.startsWith("/")) {
                throw new IllegalArgumentException("a link needs a label key and a path from the application's root");
            }
        }
    }
}

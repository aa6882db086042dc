package org.xinfang.demo;

import org.springframework.core.io.Resource;
import org.xinfang.platform.ReferenceDataFiles;

import java.util.List;
import java.util.Map;

/**
 * The Chinese texts demo items are written from: per second-level category code, titles and letters with
 * placeholders ({county} {township} {village} {name} {year} {month} {amount} {project} {company} {count}),
 * and the lists the placeholders and petitioners' names are drawn from.
 */
record DemoTemplates(String version, Map<String, List<Template>> templates, List<String> projects,
                     List<String> companies, List<String> surnames, List<String> givenNames) {

    record Template(String title, String text) {
    }

    static DemoTemplates read(Resource file) {
        return ReferenceDataFiles.read(file, DemoTemplates.class);
    }

    List<Template> forCategory(String code) {
        return templates.getOrDefault(code, List.of());
    }
}

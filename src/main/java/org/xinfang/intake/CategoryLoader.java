package org.xinfang.intake;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.ReferenceDataFiles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads the category tree from its versioned data file; categories are matched by code. */
@Component
@Order(20)
class CategoryLoader implements ApplicationRunner {

    private static final String DATA_NAME = "categories";

    private final Resource file;
    private final CategoryRepository repository;
    private final Categories categories;
    private final ReferenceDataFiles files;

    CategoryLoader(@Value("${xinfang.intake.categories-file}") Resource file, CategoryRepository repository,
                   Categories categories, ReferenceDataFiles files) {
        this.file = file;
        this.repository = repository;
        this.categories = categories;
        this.files = files;
    }

    record Node(String code, String name, String nameEn, String function, Boolean hotSpot, List<Node> children) {
    }

    record DataFile(String version, List<Node> categories) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        files.readIfNew(DATA_NAME, file, DataFile.class, DataFile::version).ifPresent(data -> {
            Map<String, Category> byCode = new HashMap<>();
            repository.findAll().forEach(c -> byCode.put(c.code(), c));
            data.categories().forEach(node -> save(node, null, byCode));
            files.markLoaded(DATA_NAME, data.version());
            categories.refresh();
        });
    }

    private void save(Node node, Long parentId, Map<String, Category> byCode) {
        Category c = byCode.computeIfAbsent(node.code(), Category::new);
        c.describe(node.name(), node.nameEn(), parentId, node.function(), Boolean.TRUE.equals(node.hotSpot()));
        Long id = repository.save(c).id();
        if (node.children() != null) {
            node.children().forEach(child -> save(child, id, byCode));
        }
    }
}

package org.xinfang.territory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.ReferenceDataFiles;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the territory data file (units, standard departments, staff) when its version differs from the
 * one in the database. Units and staff are matched by code and username, so loading a new version of
 * the file updates in place and never orphans a matter.
 */
@Component
@Order(10)
class TerritoryLoader implements ApplicationRunner {

    static final String DATA_NAME = "territory";
    private static final Logger log = LoggerFactory.getLogger(TerritoryLoader.class);

    private final Resource file;
    private final Units units;
    private final StaffMembers staff;
    private final PasswordEncoder passwords;
    private final Territory territory;
    private final ReferenceDataFiles files;

    TerritoryLoader(@Value("${xinfang.territory.file}") Resource file, Units units, StaffMembers staff,
                    PasswordEncoder passwords, Territory territory, ReferenceDataFiles files) {
        this.file = file;
        this.units = units;
        this.staff = staff;
        this.passwords = passwords;
        this.territory = territory;
        this.files = files;
    }

    record Department(String function, String name, String nameEn) {
    }

    record Node(String code, String name, String nameEn, AdministrativeLevel level, Long population, String shortName,
                List<Node> children) {
    }

    record Member(String username, String name, String unit, List<StaffRole> roles, String password) {
        @Override
        public String toString() {
            return "Member[" + username + "]";
        }
    }

    record DataFile(String version, String description, List<Department> standardDepartments, Node root, List<Member> staff) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        files.readIfNew(DATA_NAME, file, DataFile.class, DataFile::version).ifPresent(this::load);
    }

    private void load(DataFile data) {
        Map<String, Unit> byCode = new HashMap<>();
        units.findAll().forEach(u -> byCode.put(u.code(), u));
        int count = upsert(data.root(), null, data.standardDepartments(), byCode);
        // bcrypt is slow on purpose; a demo file gives many accounts one password, so encode each once.
        Map<String, String> encoded = new HashMap<>();
        for (Member m : data.staff()) {
            Unit unit = Optional.ofNullable(byCode.get(m.unit()))
                    .orElseThrow(() -> new IllegalStateException("Staff " + m.username() + " names unknown unit " + m.unit()));
            Staff s = staff.findByUsername(m.username()).orElseGet(() -> new Staff(m.username()));
            String hash = m.password().startsWith("{") ? m.password() : encoded.computeIfAbsent(m.password(), passwords::encode);
            s.update(m.name(), hash, unit.id(), EnumSet.copyOf(m.roles()));
            staff.save(s);
        }
        files.markLoaded(DATA_NAME, data.version());
        territory.refresh();
        log.info("Loaded territory {} version {}: {} units, {} staff", data.root().name(), data.version(), count, data.staff().size());
    }

    private int upsert(Node node, Unit parent, List<Department> departments, Map<String, Unit> byCode) {
        Unit unit = save(byCode, node.code(), parent, node.name(), node.nameEn(), node.level(), null, node.shortName(),
                node.population());
        int count = 1;
        if (node.level() == AdministrativeLevel.CITY || node.level() == AdministrativeLevel.COUNTY) {
            for (Department d : departments) {
                save(byCode, node.code() + "-" + d.function(), unit, node.name() + d.name(),
                        d.nameEn() == null ? null : (node.nameEn() + " " + d.nameEn()), node.level(), d.function(), null, null);
                count++;
            }
        }
        for (Node child : node.children() == null ? List.<Node>of() : node.children()) {
            count += upsert(child, unit, departments, byCode);
        }
        return count;
    }

    private Unit save(Map<String, Unit> byCode, String code, Unit parent, String name, String nameEn,
                      AdministrativeLevel level, String function, String shortName, Long population) {
        Unit unit = byCode.computeIfAbsent(code, Unit::new);
        unit.describe(name, nameEn, level, function, shortName, population);
        unit = units.save(unit);
        unit.placeUnder(parent);
        return unit;
    }
}

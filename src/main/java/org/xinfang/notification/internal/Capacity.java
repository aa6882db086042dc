package org.xinfang.notification.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * In which capacity a person is told of a step: one of the three levels (三级: the village committee, the township
 * government, the county department) or one of the four lines (四线: the petitioner, the person responsible, the person
 * in charge of control, the supervisor). The order is the order of precedence when one person holds several.
 */
public enum Capacity {
    /** 信访人. */
    PETITIONER,
    /** 责任人: the staff of the unit holding the matter who work it (handlers, registrars). */
    RESPONSIBLE,
    /** 稳控责任人: the leader holding the matter as a package case, else the leaders of the place's township, else its county's. */
    CONTROL,
    /** 督查责任人: the supervisors of the nearest level whose area covers the holder. */
    SUPERVISOR,
    /** 县级部门: the county-level department holding the matter, else the county's letters-and-visits bureau. */
    COUNTY,
    /** 乡镇政府: the township (or subdistrict) where the matter arose. */
    TOWNSHIP,
    /** 村（居）委会: the village or community where the matter arose. */
    VILLAGE;

    static String join(Collection<Capacity> capacities) {
        return EnumSet.copyOf(capacities).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Capacity> split(String joined) {
        return Arrays.stream(joined.split(",")).map(Capacity::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Capacity.class)));
    }
}

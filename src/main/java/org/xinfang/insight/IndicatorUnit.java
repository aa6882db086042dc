package org.xinfang.insight;

/** What an indicator's value counts (its unit of measure). */
public enum IndicatorUnit {
    /** 件: items (matters). */ ITEMS,
    /** 批次: visits counted as batches, one a visit whatever its size. */ BATCHES,
    /** 人次: persons, a visit of five counting five. */ PERSONS,
    /** %: a share of a denominator, in per cent. */ PER_CENT,
    /** 件/万人: items per 10,000 population. */ PER_10K_POPULATION,
    /** 元: an amount of money, in yuan. */ YUAN
}

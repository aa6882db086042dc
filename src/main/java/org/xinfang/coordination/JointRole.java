package org.xinfang.coordination;

/**
 * The five kinds of bodies the responsibility apportionment form (责任分解表) gives a duty on a complex matter (the
 * seed's "five departments together", 五部门联动), each with its usual duty and the department that usually holds it.
 */
public enum JointRole {
    /** 业务主管部门: mediation and ruling (调处化解、依法处理). The department the matter belongs to. */
    BUSINESS_DEPARTMENT(null),
    /** 综治维稳部门: control (稳控), held by the party committee's political and legal affairs commission. */
    STABILITY_OFFICE("STABILITY"),
    /** 政法机关: legal aid (法律援助), held by the justice bureau and its legal aid centre. */
    JUDICIAL_ORGAN("JUSTICE"),
    /** 纪检监察机关: audit and investigation (审计调查). */
    DISCIPLINE_INSPECTION("DISCIPLINE"),
    /** 信访部门: follow-up supervision (跟踪督办). */
    PETITION_BUREAU("PETITION");

    private final String usualFunction;

    JointRole(String usualFunction) {
        this.usualFunction = usualFunction;
    }

    /** The department function that usually holds the role (null: the matter's own department). */
    public String usualFunction() {
        return usualFunction;
    }
}

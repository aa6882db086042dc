package org.xinfang.intake;

/** How an item reached the system (信访渠道). */
public enum Channel {
    /** 来信 */ LETTER,
    /** 来访: a visit in person, counted in batches (批次) and persons (人次). */ VISIT,
    /** 来电 */ PHONE,
    /** 网上信访 */ ONLINE,
    /** 电子邮件 */ EMAIL,
    /** 上级交办: transferred from a higher body (province, national bureau). */ HIGHER_BODY,
    /** 四网并行: reported by a partner network (stability office, public security, national security). */ PARTNER_NETWORK;

    public boolean isVisit() {
        return this == VISIT;
    }
}

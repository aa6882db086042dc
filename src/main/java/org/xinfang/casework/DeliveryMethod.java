package org.xinfang.casework;

/** How a written document reached the petitioner (送达方式). */
public enum DeliveryMethod {
    /** 直接送达: handed over in person, at the office or at home. */
    IN_PERSON,
    /** 邮寄送达: by registered post or EMS; the tracking number is required. */
    POST,
    /** 电子送达: to the petitioner's e-mail or the online petition platform's account. */
    ELECTRONIC,
    /** 短信链接送达: a text message with a link to the letter on the portal. */
    SMS_LINK,
    /**
     * Issued before delivery was recorded (migration V16): counted as delivered on the document's own date. Never
     * chosen when recording a delivery.
     */
    NOT_RECORDED;

    /** Whether staff may record a delivery by this method. */
    public boolean isRecordable() {
        return this != NOT_RECORDED;
    }
}

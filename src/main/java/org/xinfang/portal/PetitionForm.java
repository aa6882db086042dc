package org.xinfang.portal;

import org.springframework.web.multipart.MultipartFile;
import org.xinfang.casework.RegisterMatter;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PetitionKind;
import org.xinfang.platform.Refusal;

import java.util.ArrayList;
import java.util.List;

/** The online petition form as the browser sends it; the phone is the one verified, never a form field. */
class PetitionForm {

    /** Where a petition goes when the petitioner chose no category and the words suggest none. */
    static final String FALLBACK_CATEGORY = "OTHER.MISC";

    private PetitionKind kind = PetitionKind.COMPLAINT;
    private String name;
    private String idNumber;
    private String address;
    private String categoryCode;
    private String placeCode;
    private String title;
    private String content;
    private boolean disclosureConsent;
    private boolean acknowledged;
    private List<MultipartFile> attachments = new ArrayList<>();

    RegisterMatter command(String verifiedPhone, String category) {
        require(acknowledged, "acknowledged", "portal.acknowledge.required");
        require(!blank(name), "petitioner.name", "form.required");
        require(!blank(idNumber), "petitioner.idNumber", "matter.online.id-number-required");
        require(!blank(placeCode), "placeCode", "form.required");
        require(!blank(title), "title", "form.required");
        require(!blank(content), "content", "form.required");
        require(name.strip().length() <= 100, "petitioner.name", "form.too-long");
        require(address == null || address.strip().length() <= 300, "petitioner.address", "form.too-long");
        require(title.strip().length() <= 200, "title", "form.too-long");
        require(content.strip().length() <= 20000, "content", "form.too-long");
        return new RegisterMatter(Channel.ONLINE, kind == null ? PetitionKind.COMPLAINT : kind, null,
                new RegisterMatter.Person(name.strip(), idNumber.strip(), verifiedPhone, blank(address) ? null : address.strip()),
                List.of(), 1, category, placeCode, title.strip(), content.strip(), null, disclosureConsent);
    }

    private static void require(boolean ok, String field, String key) {
        if (!ok) {
            throw Refusal.invalid(field, key, field);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public PetitionKind getKind() { return kind; }
    public void setKind(PetitionKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getPlaceCode() { return placeCode; }
    public void setPlaceCode(String placeCode) { this.placeCode = placeCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public boolean isDisclosureConsent() { return disclosureConsent; }
    public void setDisclosureConsent(boolean disclosureConsent) { this.disclosureConsent = disclosureConsent; }
    public boolean isAcknowledged() { return acknowledged; }
    public void setAcknowledged(boolean acknowledged) { this.acknowledged = acknowledged; }
    public List<MultipartFile> getAttachments() { return attachments; }
    public void setAttachments(List<MultipartFile> attachments) { this.attachments = attachments; }

    @Override
    public String toString() {
        return "PetitionForm[masked]";
    }
}

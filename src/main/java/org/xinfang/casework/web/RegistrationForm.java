package org.xinfang.casework.web;

import org.springframework.web.multipart.MultipartFile;
import org.xinfang.casework.RegisterMatter;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PetitionKind;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.AdministrativeLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The reception window's registration form as the browser sends it. Representatives are typed one per
 * line, "name, ID number"; the form key makes a double-clicked submit register once.
 */
class RegistrationForm {

    private Channel channel = Channel.VISIT;
    private PetitionKind kind = PetitionKind.COMPLAINT;
    private AdministrativeLevel originLevel;
    private String name;
    private String idNumber;
    private String phone;
    private String address;
    private boolean confirmNameCorrection;
    private Integer persons = 1;
    private String representatives;
    private String categoryCode;
    private String placeCode;
    private String title;
    private String content;
    private LocalDate receivedOn;
    private boolean disclosureConsent;
    // the national system's flags: a ticked box sets one, an empty one leaves it to be computed (or false)
    private boolean anonymous;
    private boolean jointLetter;
    private boolean litigationRelated;
    private boolean hmtForeign;
    private boolean threat;
    private boolean majorUrgent;
    private boolean petitionedElsewhereBefore;
    private String formKey = UUID.randomUUID().toString();
    private List<MultipartFile> attachments = new ArrayList<>();
    private org.xinfang.statute.CadreRank accusedRank;
    private String accusedPost;
    private String accusedUnitCode;

    RegisterMatter command() {
        List<RegisterMatter.Person> reps = new ArrayList<>();
        if (channel == Channel.VISIT && representatives != null) {
            for (String line : representatives.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("[,，\\s]+", 2);
                reps.add(new RegisterMatter.Person(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null, null, null));
            }
        }
        if (blank(name) || blank(categoryCode) || blank(placeCode) || blank(title) || blank(content)) {
            String field = blank(name) ? "petitioner.name" : blank(categoryCode) ? "categoryCode"
                    : blank(placeCode) ? "placeCode" : blank(title) ? "title" : "content";
            throw Refusal.invalid(field, "form.required", field);
        }
        return new RegisterMatter(channel, kind, channel == Channel.HIGHER_BODY ? originLevel : null,
                new RegisterMatter.Person(name, emptyToNull(idNumber), emptyToNull(phone), emptyToNull(address),
                        confirmNameCorrection), reps,
                channel == Channel.VISIT ? persons : Integer.valueOf(1), categoryCode, placeCode, title, content, receivedOn,
                disclosureConsent, accusedRank == null && blank(accusedPost) && blank(accusedUnitCode) ? null
                        : new RegisterMatter.Accusation(accusedRank, emptyToNull(accusedPost), emptyToNull(accusedUnitCode)),
                new org.xinfang.casework.MatterFlags.Given(null,
                        petitionedElsewhereBefore ? Boolean.FALSE : null, ticked(anonymous), ticked(jointLetter),
                        ticked(litigationRelated), ticked(hmtForeign), ticked(threat), ticked(majorUrgent)));
    }

    private static Boolean ticked(boolean box) {
        return box ? Boolean.TRUE : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String emptyToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public PetitionKind getKind() { return kind; }
    public void setKind(PetitionKind kind) { this.kind = kind; }
    public AdministrativeLevel getOriginLevel() { return originLevel; }
    public void setOriginLevel(AdministrativeLevel originLevel) { this.originLevel = originLevel; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public boolean isConfirmNameCorrection() { return confirmNameCorrection; }
    public void setConfirmNameCorrection(boolean confirmNameCorrection) { this.confirmNameCorrection = confirmNameCorrection; }
    public Integer getPersons() { return persons; }
    public void setPersons(Integer persons) { this.persons = persons; }
    public String getRepresentatives() { return representatives; }
    public void setRepresentatives(String representatives) { this.representatives = representatives; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getPlaceCode() { return placeCode; }
    public void setPlaceCode(String placeCode) { this.placeCode = placeCode; }
    public boolean isDisclosureConsent() { return disclosureConsent; }
    public void setDisclosureConsent(boolean disclosureConsent) { this.disclosureConsent = disclosureConsent; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public boolean isJointLetter() { return jointLetter; }
    public void setJointLetter(boolean jointLetter) { this.jointLetter = jointLetter; }
    public boolean isLitigationRelated() { return litigationRelated; }
    public void setLitigationRelated(boolean litigationRelated) { this.litigationRelated = litigationRelated; }
    public boolean isHmtForeign() { return hmtForeign; }
    public void setHmtForeign(boolean hmtForeign) { this.hmtForeign = hmtForeign; }
    public boolean isThreat() { return threat; }
    public void setThreat(boolean threat) { this.threat = threat; }
    public boolean isMajorUrgent() { return majorUrgent; }
    public void setMajorUrgent(boolean majorUrgent) { this.majorUrgent = majorUrgent; }
    public boolean isPetitionedElsewhereBefore() { return petitionedElsewhereBefore; }
    public void setPetitionedElsewhereBefore(boolean v) { this.petitionedElsewhereBefore = v; }
    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) { this.formKey = formKey; }
    public List<MultipartFile> getAttachments() { return attachments; }
    public void setAttachments(List<MultipartFile> attachments) { this.attachments = attachments; }

    public org.xinfang.statute.CadreRank getAccusedRank() { return accusedRank; }
    public void setAccusedRank(org.xinfang.statute.CadreRank accusedRank) { this.accusedRank = accusedRank; }
    public String getAccusedPost() { return accusedPost; }
    public void setAccusedPost(String accusedPost) { this.accusedPost = accusedPost; }
    public String getAccusedUnitCode() { return accusedUnitCode; }
    public void setAccusedUnitCode(String accusedUnitCode) { this.accusedUnitCode = accusedUnitCode; }

    @Override
    public String toString() {
        return "RegistrationForm[" + channel + "]";
    }
}

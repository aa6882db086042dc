package org.xinfang.statute;

/** The regulations a rule of {@link Statute} may cite, with the file name of their full text in the shared law folder. */
public enum Regulation {
    /** 信访工作条例 (CPC Central Committee and State Council), in force since 1 May 2022. */
    R2022("2022-信访工作条例.md"),
    /** 信访条例 (State Council, 2005), replaced in 2022: the rules of the seed's year (2019). */
    R2005("2005-信访条例.md"),
    /**
     * 北京市接诉即办工作条例 (Beijing, 2021): not a rule of petition work, cited where the software takes up its practice
     * (the callback, art. 23).
     */
    BEIJING2021("2021-北京市接诉即办工作条例.md"),
    /** 中华人民共和国人民调解法 (2010): the people's mediation agreement, its effect and its judicial confirmation. */
    PML2010("2010-人民调解法.md");

    private final String fileName;

    Regulation(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}

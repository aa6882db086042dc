package org.xinfang.platform.web;

/** What every paged list, on the API and on the pages, shares. */
public final class Paging {

    /**
     * The deepest page (counted from 0) a list serves. Deeper is a crawl rather than a reader, and an offset the
     * database must walk past; a narrower filter finds it faster.
     */
    public static final int LAST_PAGE = 10_000;

    private Paging() {
    }
}

package io.callpipeline.crm.web;

/**
 * Which page of a list the request asks for: {@code page} (from 0) and {@code size} (20 unless
 * given, at most {@value #MAX_SIZE}), read and checked once for every list endpoint by
 * {@link PagingResolver}; a page past any list's end ({@code page × size} beyond 2³¹) is refused
 * rather than wrapped around.
 */
public record Paging(int page, int size) {

    /** A page's size unless the request says. */
    public static final int DEFAULT_SIZE = 20;

    /** The largest page, and the page size exports read the database in. */
    public static final int MAX_SIZE = 100;

    /** @throws BadRequestException naming what is wrong */
    public Paging {
        if (page < 0) {
            throw new BadRequestException("page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new BadRequestException("page " + page + " is past any list's end");
        }
    }
}

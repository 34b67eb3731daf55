package io.callpipeline.crm.query;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with what a pager needs.
 *
 * @param items the page's items
 * @param page  its number, from 0
 * @param size  the page size asked for
 * @param total the items in all pages
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    /**
     * The first item of a page: past the largest offset a query takes, a page is simply past the end
     * (empty), never a negative offset from an overflow.
     */
    public static int offset(int page, int size) {
        return (int) Math.min(Math.max(0L, (long) page * size), Integer.MAX_VALUE);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}

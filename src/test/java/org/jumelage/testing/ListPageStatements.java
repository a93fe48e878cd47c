package org.jumelage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The check that list pages' SQL statements do not grow with their rows (no N+1): request each page once (caches and
 * first-use work settle), add {@link #N} rows, count the statements of one request per page, add {@code 2N} more
 * rows, count again; each page's two counts must be equal. Each request must show every row added so far, so the
 * second count really covers three times the rows. The counts are printed (with every statement when the system
 * property {@code jumelage.statements.show} is true), and named in the failure message with the statements that grew.
 *
 * <p>Keep the rows few: a page that lists every row of a table (the public site, the agenda) loads their collections in
 * batches (64 by default, 50 for an activity's), and takes one statement more per collection when its rows pass a
 * batch's size. That growth is bounded by what the page shows, but it would make the counts differ.
 */
public final class ListPageStatements {

    /** Rows added before the first count; the second count sees three times as many. */
    public static final int N = 3;

    private ListPageStatements() {}

    /** Adds rows the pages list. */
    @FunctionalInterface
    public interface Rows {

        /**
         * Adds {@code count} rows, each with the child rows the pages could touch, and returns a text for each that the
         * pages show only when they list that row.
         */
        List<String> add(int count) throws Exception;
    }

    /**
     * A page and how to ask for it (built anew for each request, with whatever sign-in it needs), and which of the rows'
     * texts it shows.
     */
    public record Page(String name, Supplier<RequestBuilder> request, Predicate<String> shows) {}

    /** A page that shows every row added. */
    public static Page page(String name, Supplier<RequestBuilder> request) {
        return new Page(name, request, marker -> true);
    }

    /** A page that shows some of the rows added (a person sees only their own, say): those whose text it shows. */
    public static Page page(String name, Predicate<String> shows, Supplier<RequestBuilder> request) {
        return new Page(name, request, shows);
    }

    /** A page that shows its rows only in numbers or in a binary format, where no text can be looked for. */
    public static Page unnamedRows(String name, Supplier<RequestBuilder> request) {
        return new Page(name, request, marker -> false);
    }

    /** The statement counts of one page at N and at 3N rows. */
    public record Counts(String page, int atN, int at3N) {}

    /** Checks the pages against the same rows. */
    public static List<Counts> check(MockMvcTester mvc, Rows rows, Page... pages) throws Exception {
        List<String> markers = new ArrayList<>();
        for (Page page : pages) {
            shown(mvc, page, markers);
        }
        markers.addAll(rows.add(N));
        Map<Page, SqlStatements.Recording> atN = new LinkedHashMap<>();
        for (Page page : pages) {
            atN.put(page, shown(mvc, page, markers));
        }
        markers.addAll(rows.add(2 * N));
        List<Counts> counts = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (Page page : pages) {
            SqlStatements.Recording before = atN.get(page);
            SqlStatements.Recording after = shown(mvc, page, markers);
            counts.add(new Counts(page.name(), before.count(), after.count()));
            System.out.printf(
                    "[statements] %s: %d at N=%d rows, %d at 3N=%d rows%n",
                    page.name(), before.count(), N, after.count(), 3 * N);
            if (Boolean.getBoolean("jumelage.statements.show")) {
                System.out.println(after);
            }
            softly.assertThat(after.count())
                    .as(
                            "%s runs %d SQL statements with %d rows and %d with %d rows; these grew:%n%s%nall at 3N:%n%s",
                            page.name(), before.count(), N, after.count(), 3 * N, after.grownSince(before), after)
                    .isEqualTo(before.count());
        }
        softly.assertAll();
        return counts;
    }

    private static SqlStatements.Recording shown(MockMvcTester mvc, Page page, List<String> markers) throws Exception {
        // Built before the recording: building may look up the person to sign in.
        RequestBuilder request = page.request().get();
        SqlStatements.Recorded<MvcTestResult> recorded = SqlStatements.record(() -> mvc.perform(request));
        MvcTestResult result = recorded.result();
        assertThat(result).as(page.name()).hasStatusOk();
        List<String> shown = markers.stream().filter(page.shows()).toList();
        if (!shown.isEmpty()) {
            assertThat(result.getResponse().getContentAsString())
                    .as("%s lists every row added", page.name())
                    .contains(shown);
        }
        assertThat(recorded.statements().count())
                .as("%s: the request ran on this thread and read the database", page.name())
                .isPositive();
        return recorded.statements();
    }
}

package org.jumelage.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that counts the SQL statements of pages: the whole application with MockMvc, the demo data, and a data
 * source that counts ({@link SqlStatements}). Every class with this annotation shares one application context, apart
 * from the other tests' context and so, on the tests' in-memory H2, with a database of its own: the rows these tests
 * add never reach another test. The organisation's tree is checked on every look-up here (not once a second), so that
 * counts do not depend on timing; public pages are rendered on every request (no page cache), so that each request
 * counts the work of its page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"jumelage.organisation.recheck=PT0S", "jumelage.public-pages.cache-size=0"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SqlStatements.Counting.class)
public @interface StatementCountTest {}

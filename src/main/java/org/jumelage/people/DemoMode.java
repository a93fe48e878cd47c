package org.jumelage.people;

/**
 * Whether this installation holds Berlin's demo data (and with it the demo logins), as recorded when the demo
 * organisation was loaded into an empty database: every page then says so, and only then do the other modules load
 * their demo data.
 */
public interface DemoMode {

    boolean isDemoInstance();
}

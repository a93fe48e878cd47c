package org.jumelage.people;

/** Whether this installation holds Berlin's demo data (and with it the demo logins); every page says so. */
public interface DemoMode {

    boolean isDemoInstance();
}

package org.jumelage.exchange.domain;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One SMTP test server for the exchange's tests, started with the first of them and left running until the JVM ends:
 * their classes share an application context, whose listeners may still be sending when a class ends. Port 3125
 * keeps it apart from the per-class servers of other tests (3025).
 */
final class ExchangeSmtp {

    static final int PORT = 3125;

    static final GreenMail SERVER = start();

    private ExchangeSmtp() {}

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return server;
    }
}

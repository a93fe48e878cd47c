package org.jumelage.platform;

import java.net.URI;
import org.jumelage.people.DemoMode;
import org.jumelage.shared.SiteAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A real installation whose public address is still this machine's would publish links to localhost in its sitemap,
 * feeds and mails: it says so at every start until {@code jumelage.base-url} is set.
 */
@Component
class BaseAddressCheck {

    private static final Logger log = LoggerFactory.getLogger(BaseAddressCheck.class);

    private final SiteAddress address;
    private final DemoMode demoMode;

    BaseAddressCheck(SiteAddress address, DemoMode demoMode) {
        this.address = address;
        this.demoMode = demoMode;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAboutALocalAddress() {
        String host = URI.create(address.base()).getHost();
        boolean local = host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        if (local && !demoMode.isDemoInstance()) {
            log.warn(
                    "jumelage.base-url is {}: links in the sitemap, feeds and mails point to this machine."
                            + " Set it to the installation's public address.",
                    address.base());
        }
    }
}

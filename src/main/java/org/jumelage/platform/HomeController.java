package org.jumelage.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

    /** A way to sign in with an identity provider: its address here and the name it is shown with. */
    record SingleSignOn(String address, String name) {}

    private final ObjectProvider<ClientRegistrationRepository> providers;

    HomeController(ObjectProvider<ClientRegistrationRepository> providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "oidc", required = false) String refusal, Model model) {
        List<SingleSignOn> singleSignOn = new ArrayList<>();
        if (providers.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                singleSignOn.add(new SingleSignOn(
                        "/oauth2/authorization/" + client.getRegistrationId(), client.getClientName()));
            }
        }
        model.addAttribute("singleSignOn", singleSignOn);
        // Only the known reasons become a message key: the address is the visitor's to write.
        if (refusal != null) {
            model.addAttribute(
                    "oidcRefusal", "login.oidc." + (CitySignIn.REASONS.contains(refusal) ? refusal : "failed"));
        }
        return "login";
    }
}

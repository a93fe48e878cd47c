package org.jumelage.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** The public website takes this address later; until then it leads to the back office. */
    @GetMapping("/")
    String home() {
        return "redirect:/office";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}

package org.jumelage.platform;

import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a person lands after signing in: the back office's overview for the office and liaison officers, the staff
 * exchange for everyone whose work is there (staff, HR, partner coordinators).
 */
@Controller
class StartController {

    @GetMapping("/office/start")
    String start() {
        Role role = JumelageUser.current().map(JumelageUser::role).orElse(Role.VIEWER);
        return "redirect:" + role.startPage();
    }
}

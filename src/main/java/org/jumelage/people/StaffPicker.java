package org.jumelage.people;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A member of staff chosen by typing part of a name: a search field asks (htmx) for at most {@link #SHOWN} matches,
 * which replace the options of the select beside it; the select is what the form sends. A page never lists every
 * account (5,000 at network size). The markup is {@code layout/staff-picker :: picker}, the answer
 * {@code layout/staff-picker :: options}.
 */
@Component
public class StaffPicker {

    /** How many matches a search offers; one more is asked for to say that there are more. */
    public static final int SHOWN = 20;

    private final StaffDirectory staff;

    StaffPicker(StaffDirectory staff) {
        this.staff = staff;
    }

    /**
     * Puts the matches for the text into the model and names the fragment that answers: the empty choice (its message
     * key), the matches, and the status line (element id) that says how many there are.
     */
    public String options(Model model, String text, Set<Role> without, String emptyLabelKey, String statusId) {
        return options(model, staff.find(text, without, SHOWN + 1), text, emptyLabelKey, statusId);
    }

    /** The same for matches found by a rule of the caller's (at most {@link #SHOWN} + 1 of them). */
    public String options(
            Model model, List<StaffDirectory.StaffMember> found, String text, String emptyLabelKey, String statusId) {
        boolean typed = text != null && !text.isBlank();
        model.addAttribute("members", found.stream().limit(SHOWN).toList());
        model.addAttribute("more", found.size() > SHOWN);
        model.addAttribute("typed", typed);
        model.addAttribute("emptyLabelKey", emptyLabelKey);
        model.addAttribute("statusId", statusId);
        return "layout/staff-picker :: options";
    }
}

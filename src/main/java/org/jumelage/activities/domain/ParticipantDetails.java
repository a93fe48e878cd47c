package org.jumelage.activities.domain;

import org.jumelage.activities.ParticipantRole;

/**
 * A person taking part: a member of staff (by account) or an external person, with the name as they want it shown
 * and, optionally, in its original script. {@code needs} (interpretation, diet, access) is personal data.
 */
public record ParticipantDetails(
        Long accountId,
        String displayName,
        String nameOriginal,
        String nameOriginalLang,
        String functionTitle,
        String organisation,
        String email,
        ParticipantRole role,
        String needs) {}

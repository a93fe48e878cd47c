package org.jumelage.feedback.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findAllByOrderByReceivedAtDesc();

    List<Feedback> findByStatusOrderByReceivedAtDesc(Feedback.Status status);

    long countByClientAndReceivedAtAfter(String client, Instant since);

    @Modifying
    @Query("update Feedback f set f.client = null where f.client is not null and f.receivedAt < :before")
    int forgetClientsBefore(Instant before);

    long countByStatus(Feedback.Status status);

    @Modifying
    @Query("delete from Feedback f where f.status = org.jumelage.feedback.domain.Feedback.Status.DONE"
            + " and f.handledAt < :before")
    int deleteHandledBefore(Instant before);

    /** The messages sent with this e-mail address (compared in lower case), oldest first. */
    @Query("select f from Feedback f where lower(f.senderEmail) = :emailKey order by f.receivedAt, f.id")
    List<Feedback> findBySenderEmailKey(String emailKey);

    /** The messages a user name marked as dealt with, oldest first. */
    List<Feedback> findByHandledByIgnoreCaseOrderByHandledAtAsc(String username);
}

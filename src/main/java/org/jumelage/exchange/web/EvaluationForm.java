package org.jumelage.exchange.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A party's answers: by question id, the points (1 to 5) or the text as typed; the participant's experience report
 * and their consent to publish it; the version loaded. A bean, not a record: the answers bind as {@code answers[12]}.
 */
public class EvaluationForm implements java.io.Serializable {

    private Map<String, String> answers = new LinkedHashMap<>();
    private String report;
    private boolean consent;
    private Long version;

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

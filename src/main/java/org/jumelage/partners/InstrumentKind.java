package org.jumelage.partners;

/** The kind of dated document a relationship rests on. */
public enum InstrumentKind {
    AGREEMENT_FRIENDSHIP_COOPERATION,
    JOINT_DECLARATION,
    MEMORANDUM_OF_UNDERSTANDING,
    FRAMEWORK_AGREEMENT,
    COMMUNIQUE,
    ACTION_PLAN,
    PARTNERSHIP_CERTIFICATE,
    OTHER
}

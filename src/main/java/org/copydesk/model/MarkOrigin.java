package org.copydesk.model;

/** Whether a mark was found by the analyser or set by a person. Hand-set marks are never overwritten by analysis. */
public enum MarkOrigin {
    AUTO, MANUAL
}

package com.northstar.storedvalue.importing;

/** Where an import job is: RUNNING while rows are being opened, DONE when every row was, FAILED if it broke off. */
enum ImportStatus {
    RUNNING,
    DONE,
    FAILED
}

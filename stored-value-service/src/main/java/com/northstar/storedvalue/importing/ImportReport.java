package com.northstar.storedvalue.importing;

import java.util.List;

/** #38 {@code data}: how far the import of an uploaded file got and which rows were refused, and why. */
record ImportReport(String filePath, ImportStatus status, int totalRows, int processedRows, int openedRows,
        int refusedRows, List<Refusal> refusals) {

    record Refusal(int row, String reason) {
    }

    static ImportReport of(ImportJob job, List<Refusal> refusals) {
        return new ImportReport(job.getFilePath(), job.getStatus(), job.getTotalRows(), job.getProcessedRows(),
                job.getOpenedRows(), job.getRefusedRows(), refusals);
    }
}

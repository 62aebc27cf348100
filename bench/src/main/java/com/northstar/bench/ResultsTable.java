package com.northstar.bench;

import java.io.PrintStream;
import java.util.Map;

/** The compact report: every case's latencies, then the ratios the plan asks for, all from the same rounds. */
final class ResultsTable {

    private ResultsTable() {
    }

    static void print(PrintStream out, QueryPlan plan, Map<QueryCase, Latencies> latencies,
            Map<QueryCase, QueryClient.Answer> lastAnswers) {
        out.println();
        out.printf("%-36s %5s %10s %9s %9s%n", "case", "rows", "total", "p50 ms", "p95 ms");
        for (QueryCase queryCase : plan.cases()) {
            Latencies measured = latencies.get(queryCase);
            QueryClient.Answer answer = lastAnswers.get(queryCase);
            out.printf("%-36s %5d %10s %9.1f %9.1f%n", queryCase.label(), answer.rows(),
                    answer.total() == null ? "-" : String.format("%,d", answer.total()), measured.p50(),
                    measured.p95());
        }
        String question = null;
        for (QueryPlan.Comparison comparison : plan.comparisons()) {
            if (!comparison.question().equals(question)) {
                question = comparison.question();
                out.println();
                out.printf("%-52s %7s %7s%n", question, "p50", "p95");
            }
            Latencies measured = latencies.get(comparison.measured());
            Latencies baseline = latencies.get(comparison.baseline());
            out.printf("  %-50s %6.2fx %6.2fx%n", comparison.label(), measured.p50() / baseline.p50(),
                    measured.p95() / baseline.p95());
        }
    }
}

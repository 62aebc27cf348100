package com.northstar.storedvalue.importing;

import com.northstar.platform.core.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The rows of a member file, XLSX (first sheet) or CSV (UTF-8), whichever the file is: a header row naming the
 * columns ({@link ImportColumn}), then one member per row. Blank rows are skipped; unknown columns are ignored.
 */
final class MemberSheet {

    /** One member row: its row number in the file (the header is row 1) and its non-blank values. */
    record SheetRow(int rowNo, Map<ImportColumn, String> values) {

        String value(ImportColumn column) {
            return values.get(column);
        }
    }

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private MemberSheet() {
    }

    /** The member rows of {@code file}; 400 when it is neither a readable XLSX nor CSV or lacks a required column. */
    static List<SheetRow> read(Path file) {
        try {
            return isXlsx(file) ? readXlsx(file) : readCsv(file);
        } catch (IOException | JacksonException | IllegalStateException unreadable) {
            throw ApiException.badRequest("file is not a readable XLSX or UTF-8 CSV member file");
        }
    }

    private static boolean isXlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ReadableWorkbook.isOOXMLZipHeader(in.readNBytes(4));
        }
    }

    private static List<SheetRow> readXlsx(Path file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<List<String>> cells = new ArrayList<>();
            List<Integer> rowNumbers = new ArrayList<>();
            rows.forEach(row -> {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    values.add(row.getOptionalCell(i).map(MemberSheet::text).orElse(""));
                }
                cells.add(values);
                rowNumbers.add(row.getRowNum());
            });
            return rowsOf(cells, rowNumbers);
        }
    }

    /** A cell as the text a CSV would have: numbers plainly (a phone number is no 1.38E10), dates as days. */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            boolean date = format != null && (format.contains("yy") || format.contains("d"));
            return date ? cell.asDate().toLocalDate().toString() : cell.asNumber().toPlainString();
        }
        return cell.getText();
    }

    private static List<SheetRow> readCsv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<List<String>> lines = CSV.readerForListOf(String.class).readValues(reader)) {
            List<List<String>> cells = new ArrayList<>();
            List<Integer> rowNumbers = new ArrayList<>();
            while (lines.hasNextValue()) {
                rowNumbers.add(cells.size() + 1);
                cells.add(lines.nextValue());
            }
            return rowsOf(cells, rowNumbers);
        }
    }

    private static List<SheetRow> rowsOf(List<List<String>> cells, List<Integer> rowNumbers) {
        if (cells.isEmpty()) {
            throw ApiException.badRequest("file has no header row");
        }
        List<ImportColumn> columns = cells.get(0).stream()
                .map(header -> ImportColumn.byHeader(header).orElse(null)).toList();
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !columns.contains(column)) {
                throw ApiException.badRequest("file has no column " + column.header());
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int line = 1; line < cells.size(); line++) {
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            List<String> row = cells.get(line);
            for (int i = 0; i < Math.min(row.size(), columns.size()); i++) {
                String value = row.get(i) == null ? "" : row.get(i).trim();
                if (columns.get(i) != null && !value.isEmpty()) {
                    values.put(columns.get(i), value);
                }
            }
            if (!values.isEmpty()) {
                rows.add(new SheetRow(rowNumbers.get(line), values));
            }
        }
        return rows;
    }
}

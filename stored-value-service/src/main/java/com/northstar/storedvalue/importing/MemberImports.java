package com.northstar.storedvalue.importing;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.QueryText;
import com.northstar.platform.core.time.WireDates;
import com.northstar.storedvalue.card.Card;
import com.northstar.storedvalue.card.CardSendMode;
import com.northstar.storedvalue.catalog.MemberLevelMapper;
import com.northstar.storedvalue.importing.MemberSheet.SheetRow;
import com.northstar.storedvalue.member.MemberCards;
import com.northstar.storedvalue.member.MemberProfile;
import com.northstar.storedvalue.support.Money;
import com.northstar.storedvalue.tenancy.ShopMapper;
import com.northstar.storedvalue.tenancy.TenantScope;
import com.northstar.storedvalue.tenancy.Till;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * #38: opens a member with a card for every row of an uploaded file, each row in its own transaction exactly as #19
 * would (send mode IMPORTED, opening balances on the OPEN ledger line), so a bad row is refused with its reason and
 * the good ones are opened all the same. A row whose card number (or mac) is already a card of the tenant is
 * refused, which is what makes importing the same file again open nothing twice. The upload is kept under the
 * import directory; large files are imported in the background and their report shows the progress.
 */
@Service
class MemberImports {

    private static final Logger log = LoggerFactory.getLogger(MemberImports.class);

    private final ImportJobMapper jobs;
    private final MemberCards memberCards;
    private final ShopMapper shops;
    private final MemberLevelMapper levels;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Path directory;
    private final int backgroundAboveRows;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "member-import");
        thread.setDaemon(true);
        return thread;
    });

    MemberImports(ImportJobMapper jobs, MemberCards memberCards, ShopMapper shops, MemberLevelMapper levels,
            TransactionTemplate transactions, Clock clock,
            @Value("${stored-value.imports.directory:./data/stored-value-imports}") Path directory,
            @Value("${stored-value.imports.background-above-rows:1000}") int backgroundAboveRows) {
        this.jobs = jobs;
        this.memberCards = memberCards;
        this.shops = shops;
        this.levels = levels;
        this.transactions = transactions;
        this.clock = clock;
        this.directory = directory;
        this.backgroundAboveRows = backgroundAboveRows;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Stores the upload, then imports it: at once, or in the background when it has many rows. */
    ImportReport upload(MultipartFile file, Long shopId, Long cardClassId, Long memberLevelId, Caller caller) {
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest("missing required part file");
        }
        Till till = tillAt(shopId, caller);
        long classId = memberCards.cardClassOfTenant(cardClassId);
        if (memberLevelId != null && levels.selectById(memberLevelId) == null) {
            throw ApiException.badRequest("member level " + memberLevelId + " is not one of the tenant's");
        }
        String filePath = store(file);
        List<SheetRow> rows = MemberSheet.read(directory.resolve(filePath));
        ImportJob job = ImportJob.started(filePath, till.shopId(), classId, memberLevelId, rows.size(),
                till.operator(), now());
        jobs.insert(job);
        if (rows.size() > backgroundAboveRows) {
            long tenant = TenantScope.current();
            background.execute(() -> TenantScope.runAs(tenant, () -> importRows(job, rows, till)));
        } else {
            importRows(job, rows, till);
        }
        return report(filePath);
    }

    /** The report of an earlier upload of the caller's tenant, as far as its import got. */
    ImportReport report(String filePath) {
        String path = QueryText.text(filePath);
        if (path == null) {
            throw ApiException.badRequest("missing required field filePath (or upload a file)");
        }
        ImportJob job = jobs.selectByFilePath(path);
        if (job == null) {
            throw ApiException.badRequest("no upload " + path + " of this tenant");
        }
        return ImportReport.of(job, jobs.refusalsOf(job.getId()));
    }

    /** The till the rows are opened at: {@code shopId} must be one of the token's shops (403 otherwise). */
    private Till tillAt(Long shopId, Caller caller) {
        if (shopId == null) {
            throw ApiException.badRequest("missing required field shopId");
        }
        if (!caller.shopIds().contains(shopId.toString()) || shops.selectById(shopId) == null) {
            throw ApiException.forbidden("shop " + shopId + " is not one of the token's shops");
        }
        return new Till(TenantScope.current(), shopId, caller.subject());
    }

    private String store(MultipartFile file) {
        String name = TenantScope.current() + "/" + UUID.randomUUID() + (isCsv(file) ? ".csv" : ".xlsx");
        Path target = directory.resolve(name);
        try (InputStream in = file.getInputStream()) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException cannotStore) {
            throw new UncheckedIOException("cannot store the member file under " + directory, cannotStore);
        }
        return name;
    }

    private static boolean isCsv(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name != null && name.toLowerCase().endsWith(".csv");
    }

    private void importRows(ImportJob job, List<SheetRow> rows, Till till) {
        try {
            rows.forEach(row -> importRow(job, row, till));
            jobs.finish(job.getId(), ImportStatus.DONE, now());
        } catch (RuntimeException broken) {
            log.error("member import {} broke off", job.getFilePath(), broken);
            jobs.finish(job.getId(), ImportStatus.FAILED, now());
            throw broken;
        }
    }

    private void importRow(ImportJob job, SheetRow row, Till till) {
        try {
            transactions.executeWithoutResult(status -> {
                memberCards.open(till, profileOf(row, job), cardOf(row, job, till));
                jobs.countOpened(job.getId(), now());
            });
        } catch (ApiException refused) {
            transactions.executeWithoutResult(status -> {
                jobs.insertRefusal(job.getId(), row.rowNo(), refused.getMessage());
                jobs.countRefused(job.getId(), now());
            });
        }
    }

    private static MemberProfile profileOf(SheetRow row, ImportJob job) {
        return new MemberProfile(row.value(ImportColumn.NAME), sexOf(row.value(ImportColumn.SEX)),
                birthdayOf(row.value(ImportColumn.BIRTHDAY)), row.value(ImportColumn.PHONE),
                row.value(ImportColumn.ID_CARD), row.value(ImportColumn.ADDRESS), job.getMemberLevelId(), null)
                .requireName();
    }

    private Card cardOf(SheetRow row, ImportJob job, Till till) {
        Card card = memberCards.newCard(MemberCards.cardCode(row.value(ImportColumn.CARD_CODE)),
                MemberCards.mac(row.value(ImportColumn.MAC)), job.getCardClassId(), till, CardSendMode.IMPORTED);
        BigDecimal actual = amountOf("余额", row.value(ImportColumn.ACTUAL_BALANCE));
        BigDecimal give = amountOf("赠送余额", row.value(ImportColumn.GIVE_BALANCE));
        card.setActualBalance(actual);
        card.setActualRecharge(actual);
        card.setGiveBalance(give);
        card.setGiveRecharge(give);
        return card;
    }

    private static BigDecimal amountOf(String column, String value) {
        try {
            return Money.orZero(column, value == null ? null : new BigDecimal(value));
        } catch (NumberFormatException notANumber) {
            throw ApiException.badRequest("field " + column + " is not an amount");
        }
    }

    /** 性别: 男 (1) or 女 (2), also given as 1 or 2. */
    private static Integer sexOf(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "男", "1" -> 1;
            case "女", "2" -> 2;
            default -> throw ApiException.badRequest("field 性别 must be 男 or 女");
        };
    }

    private static LocalDateTime birthdayOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value).atStartOfDay();
        } catch (DateTimeParseException notADate) {
            throw ApiException.badRequest("field 生日 must be a date yyyy-MM-dd");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WireDates.ZONE)).withNano(0);
    }
}

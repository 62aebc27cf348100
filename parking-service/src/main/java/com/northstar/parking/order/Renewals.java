package com.northstar.parking.order;

import static com.northstar.parking.support.Fields.require;

import com.northstar.parking.park.ExtraDocument;
import com.northstar.parking.park.Parks;
import com.northstar.parking.storage.DocumentStorage;
import com.northstar.parking.storage.DocumentStorage.StoredDocument;
import com.northstar.parking.storage.FileKind;
import com.northstar.parking.support.Ids;
import com.northstar.parking.support.ParkingClock;
import com.northstar.platform.core.error.ApiException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 续费购买车位下单接口: a renewal order of a card with the documents its park asks for. Checked whole before
 * anything is written (a refused renewal leaves no order and no file); the new period starts at the later of the
 * card's {@code renewEndDt} and now and lasts {@code count} units of the card's product.
 */
@Service
class Renewals {

    /** Largest document file. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** The seed's renewals buy one unit at a time. */
    static final int COUNT = 1;

    private final OrderBook book;
    private final OrderTimeouts timeouts;
    private final OrderViews views;
    private final Parks parks;
    private final DocumentStorage storage;
    private final TransactionTemplate transactions;
    private final OrderMetrics metrics;
    private final JsonMapper json;
    private final ParkingClock clock;

    Renewals(OrderBook book, OrderTimeouts timeouts, OrderViews views, Parks parks, DocumentStorage storage,
            TransactionTemplate transactions, JsonMapper json, OrderMetrics metrics, ParkingClock clock) {
        this.book = book;
        this.timeouts = timeouts;
        this.views = views;
        this.parks = parks;
        this.storage = storage;
        this.transactions = transactions;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
    }

    OrderView renew(RenewalForm form, List<Part> files) {
        require("omPrCardId", form.omPrCardId());
        require("pmSetrentId", form.pmSetrentId());
        require("productVId", form.productVId());
        require("priceType", form.priceType());
        require("userInfoId", form.userInfoId());
        require("duplicateCode", form.staffNumber());
        require("userDepartment", form.userDepartment());
        require("firstOrgName", form.firstOrgName());
        require("firstOrgCode", form.firstOrgCode());
        require("secondOrgName", form.secondOrgName());
        require("secondOrgCode", form.secondOrgCode());
        PriceType priceType = PriceType.ofCode(form.priceType())
                .orElseThrow(() -> ApiException.badRequest("field priceType must be 01 or 02"));
        List<ExtraInfo> listed = documentsOf(form.extraDataJson());
        if (!listed.isEmpty() && files.size() != listed.size()) {
            throw ApiException.badRequest("one files part per document of extraDataJson: " + listed.size()
                    + " documents, " + files.size() + " files");
        }
        List<StoredDocument> stored = new ArrayList<>();
        try {
            String orderId = transactions.execute(status -> create(form, priceType, listed, files, stored));
            return views.of(orderId);
        } catch (RuntimeException e) {
            stored.forEach(document -> storage.delete(document.key()));
            throw e;
        }
    }

    private String create(RenewalForm form, PriceType priceType, List<ExtraInfo> listed, List<Part> files,
            List<StoredDocument> stored) {
        OrderBook.LockedCard card = book.lockCard(form.omPrCardId());
        if (!card.userId().equals(form.userInfoId())) {
            throw ApiException.forbidden("the card belongs to another user");
        }
        if (!card.productId().equals(form.pmSetrentId()) || !card.productVersionId().equals(form.productVId())) {
            throw ApiException.badRequest("pmSetrentId and productVId must be the card's product and version");
        }
        List<Accepted> documents = check(parks.documents(card.parkId()), listed, files);
        if (book.openOrderOf(card.id()).map(timeouts::expireIfDue).filter(Order::isOpen).isPresent()) {
            throw ApiException.conflict("the card has an open order; pay it or wait until it times out");
        }
        List<ExtraInfo> extraInfo = new ArrayList<>();
        for (Accepted document : documents) {
            String content = document.text();
            if (document.file() != null) {
                try {
                    StoredDocument saved = storage.store(document.kind(), document.file().getInputStream());
                    stored.add(saved);
                    content = saved.link();
                } catch (IOException e) {
                    throw new UncheckedIOException("could not store a renewal document", e);
                }
            }
            extraInfo.add(new ExtraInfo(document.spec().name(), document.spec().code(), document.spec().type(),
                    content));
        }
        LocalDateTime now = clock.now();
        LocalDateTime start = card.renewEndDt() != null && card.renewEndDt().isAfter(now) ? card.renewEndDt() : now;
        NewOrder order = new NewOrder(Ids.next(), card.id(), card.userId(), card.productId(),
                card.productVersionId(), card.productName(), priceType.code(), COUNT, start,
                UnitType.ofCode(card.unitType()).after(start, COUNT), priceType.unitPriceFen(card) * COUNT,
                card.paid() ? 1 : 0, card.cardType(), card.isLink(), card.auditBeforePay() ? AuditState.AWAITING : null,
                views.write(extraInfo), form.staffNumber(), form.userDepartment(), form.firstOrgName(),
                form.firstOrgCode(), form.secondOrgName(), form.secondOrgCode(), now);
        book.insert(order);
        metrics.reached(OrderMetrics.Stage.CREATED);
        return order.id();
    }

    /** A listed document the park asks for, with its file (images) or text. */
    private record Accepted(ExtraDocument spec, Part file, FileKind kind, String text) {
    }

    /**
     * Each listed document must be one the park asks for, once; a file document's part must be an image or PDF of at
     * most 5 MB (an empty part leaves an optional one out); every required document must be there.
     */
    private static List<Accepted> check(List<ExtraDocument> asked, List<ExtraInfo> listed, List<Part> files) {
        Map<String, ExtraDocument> byCode = asked.stream()
                .collect(Collectors.toMap(ExtraDocument::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Accepted> accepted = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            ExtraInfo entry = listed.get(i);
            ExtraDocument spec = byCode.get(entry.code());
            if (spec == null) {
                throw ApiException.badRequest("extraDataJson[" + i + "].code is no document this park asks for");
            }
            if (!present.add(spec.code())) {
                throw ApiException.badRequest("extraDataJson lists document " + spec.code() + " twice");
            }
            if (spec.image()) {
                Part file = files.get(i);
                if (file.getSize() == 0) {
                    present.remove(spec.code());
                    continue;
                }
                if (file.getSize() > MAX_FILE_BYTES) {
                    throw new ApiException(413, 413, "files[" + i + "] is larger than 5 MB");
                }
                accepted.add(new Accepted(spec, file, kindOf(file, i), null));
            } else if (entry.content() == null || entry.content().isBlank()) {
                present.remove(spec.code());
            } else {
                accepted.add(new Accepted(spec, null, null, entry.content()));
            }
        }
        for (ExtraDocument spec : asked) {
            if (spec.required() && !present.contains(spec.code())) {
                throw ApiException.badRequest("missing required document " + spec.name() + " (code " + spec.code()
                        + ")");
            }
        }
        return accepted;
    }

    private static FileKind kindOf(Part file, int index) {
        try {
            return FileKind.sniff(file.getInputStream()).orElseThrow(() -> ApiException.badRequest(
                    "files[" + index + "] is not an image or PDF"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read an uploaded document", e);
        }
    }

    /** extraDataJson: a JSON array of {type, name, code, content} (values as strings); blank lists none. */
    private List<ExtraInfo> documentsOf(String extraDataJson) {
        if (extraDataJson == null || extraDataJson.isBlank()) {
            return List.of();
        }
        JsonNode array;
        try {
            array = json.readTree(extraDataJson);
        } catch (JacksonException e) {
            throw ApiException.badRequest("field extraDataJson is not JSON");
        }
        if (!array.isArray()) {
            throw ApiException.badRequest("field extraDataJson must be a JSON array");
        }
        List<ExtraInfo> documents = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isObject() || text(item, "code") == null) {
                throw ApiException.badRequest("extraDataJson[" + i + "] must be an object with a code");
            }
            documents.add(new ExtraInfo(text(item, "name"), text(item, "code"), text(item, "type"),
                    text(item, "content")));
        }
        return documents;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}

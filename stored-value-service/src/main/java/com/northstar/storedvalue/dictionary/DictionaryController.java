package com.northstar.storedvalue.dictionary;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import com.northstar.storedvalue.card.CardSendMode;
import com.northstar.storedvalue.card.CardStatus;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** #5, #6: the codes of {@code cardStatus} and {@code cardSendMode}, read from the enums that define them. */
@RestController
@SeedApi(Seed.STORED_VALUE)
class DictionaryController {

    @GetMapping("/api/stored-value/dicts/card-statuses")
    @Operation(operationId = "svDictCardStatus", summary = "#5 card states (key = code, value = label)")
    @CallersAllowed(Role.POS)
    List<KeyValue> cardStatuses() {
        return Arrays.stream(CardStatus.values()).map(status -> new KeyValue(status.code(), status.label())).toList();
    }

    @GetMapping("/api/stored-value/dicts/send-modes")
    @Operation(operationId = "svDictSendMode", summary = "#6 card issue modes (key = code, value = label)")
    @CallersAllowed(Role.POS)
    List<KeyValue> sendModes() {
        return Arrays.stream(CardSendMode.values()).map(mode -> new KeyValue(mode.code(), mode.label())).toList();
    }
}

package com.northstar.storedvalue.carddetail;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import com.northstar.storedvalue.card.Card;
import com.northstar.storedvalue.card.CardLookup;
import com.northstar.storedvalue.cardclass.CardClassMapper;
import com.northstar.storedvalue.tenancy.ShopMapper;
import com.northstar.storedvalue.tenancy.Till;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.STORED_VALUE)
class CardDetailController {

    private final CardLookup lookup;
    private final CardClassMapper cardClasses;
    private final ShopMapper shops;

    CardDetailController(CardLookup lookup, CardClassMapper cardClasses, ShopMapper shops) {
        this.lookup = lookup;
        this.cardClasses = cardClasses;
        this.shops = shops;
    }

    /** A card of any state (the till shows why it cannot be used); 602 unknown or another tenant's, 606 expired. */
    @GetMapping("/api/stored-value/cards/detail")
    @Operation(operationId = "svCardDetail", summary = "#8 a card by cardCode + mac")
    @CallersAllowed(Role.POS)
    @Transactional(readOnly = true)
    CardDetail detail(@RequestParam(required = false) String cardCode, @RequestParam(required = false) String mac,
            Till till) {
        Card card = lookup.byCodeAndMac(cardCode, mac);
        return CardDetail.of(card, cardClasses.selectById(card.getCardClassId()).getName(),
                shops.selectById(card.getShopId()).getName());
    }
}

package com.northstar.asset.merchant;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Looks merchants up for the lists (a page's merchants in one statement) and for new bindings' shareCode. */
@Service
public class Merchants {

    private final MerchantMapper mapper;

    Merchants(MerchantMapper mapper) {
        this.mapper = mapper;
    }

    /** The known merchants among {@code codes}, by code; unknown codes are absent. */
    public Map<String, Merchant> byCodes(Collection<String> codes) {
        Set<String> distinct = codes.stream().filter(code -> code != null).collect(Collectors.toSet());
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return mapper.selectByIds(distinct).stream().collect(Collectors.toMap(Merchant::getCode, Function.identity()));
    }

    /** The merchant's promotion code, or null for no merchant or one this service does not know. */
    public String shareCodeOf(String code) {
        if (code == null) {
            return null;
        }
        Merchant merchant = mapper.selectById(code);
        return merchant == null ? null : merchant.getShareCode();
    }
}

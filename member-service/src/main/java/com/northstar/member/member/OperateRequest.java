package com.northstar.member.member;

import com.northstar.platform.core.error.ApiException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Body of {@code memberOperate} (seed 2.2.20).
 *
 * @param ids    member ids, comma-separated (at most {@link #MAX_IDS})
 * @param opType 1 freeze, 2 ban, 3 unfreeze, 4 unban
 */
record OperateRequest(@NotBlank String ids, @NotNull Integer opType) {

    static final int MAX_IDS = 1000;

    Set<Long> memberIds() {
        Set<Long> parsed = new LinkedHashSet<>();
        for (String id : ids.split(",")) {
            if (id.isBlank()) {
                continue;
            }
            try {
                parsed.add(Long.parseLong(id.trim()));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("ids must be member ids separated by commas, got " + id.trim());
            }
        }
        if (parsed.isEmpty() || parsed.size() > MAX_IDS) {
            throw ApiException.badRequest("ids must name 1 to " + MAX_IDS + " members");
        }
        return parsed;
    }

    MemberAction action() {
        return switch (opType) {
            case 1 -> MemberAction.FREEZE;
            case 2 -> MemberAction.BAN;
            case 3 -> MemberAction.UNFREEZE;
            case 4 -> MemberAction.UNBAN;
            default -> throw ApiException.badRequest("opType must be 1 freeze, 2 ban, 3 unfreeze or 4 unban");
        };
    }
}

package com.northstar.auth.audit;

import com.northstar.auth.account.ActiveOperators;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.paging.KopPage;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** authAuditQuery: the audit trail, newest first, of one account or all (OPS). */
@RestController
class AuditController {

    private final AuditLog audit;
    private final ActiveOperators operators;

    AuditController(AuditLog audit, ActiveOperators operators) {
        this.audit = audit;
        this.operators = operators;
    }

    @GetMapping("/api/auth/audit")
    KopResponse<KopPage<AuditRecord>> query(@RequestParam(required = false) String username,
            @RequestParam(defaultValue = "1") int pageNo, @RequestParam(defaultValue = "50") int pageSize,
            @AuthenticationPrincipal Jwt operator) {
        operators.require(operator);
        if (pageNo < 1 || pageSize < 1 || pageSize > 500 || (long) (pageNo - 1) * pageSize > 100_000) {
            throw ApiException.badRequest("pageNo from 1, pageSize from 1 to 500, at most 100,000 rows deep");
        }
        List<AuditRecord> rows = audit.newest(username, (pageNo - 1) * pageSize, pageSize);
        return KopResponse.ok(new KopPage<>(null, pageNo, pageSize, rows));
    }
}

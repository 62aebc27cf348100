package com.northstar.storedvalue.importing;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.envelope.StoredValueResponse;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import com.northstar.storedvalue.tenancy.Till;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** #38, one operation in two forms: a multipart upload (imports it) or the JSON {@code filePath} of one (its report). */
@RestController
@SeedApi(Seed.STORED_VALUE)
class MemberImportController {

    private static final String PATH = "/api/stored-value/members/import";

    private final MemberImports imports;

    MemberImportController(MemberImports imports) {
        this.imports = imports;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "svMemberImport", summary = "#38 bulk-open cards from an XLSX/CSV upload, per-row report")
    @CallersAllowed(Role.POS)
    StoredValueResponse<ImportReport> upload(@RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long shopId, @RequestParam(required = false) Long memberCardClassId,
            @RequestParam(required = false) Long memberLevelId, Caller caller, Till till) {
        return StoredValueResponse.ok(imports.upload(file, shopId, memberCardClassId, memberLevelId, caller));
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "svMemberImport", summary = "#38 the report of an earlier upload by its filePath")
    @CallersAllowed(Role.POS)
    StoredValueResponse<ImportReport> report(@RequestBody ImportRequest request, Till till) {
        return StoredValueResponse.ok(imports.report(request.filePath()));
    }
}

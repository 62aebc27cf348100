package com.northstar.platform.test.platform;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.service.caller.CallersAllowed;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An upload of the bare test service, whose multipart limit the test family sets to 1 KB. */
@RestController
class UploadTestController {

    static final String UPLOAD = "/platform-test/upload";

    @PostMapping(UPLOAD)
    @CallersAllowed(Role.INTERNAL)
    long upload(@RequestPart("file") MultipartFile file) {
        return file.getSize();
    }
}
